package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flows that cost others something are limited per person (OWASP API6): holding nights with bookings that are
 * never paid, and mailing hosts with messages and inquiries.
 */
@SystemTest
class BusinessFlowLimitsIT {

    /** What the test server lets one guest hold (STAYBOOK_BOOKINGS_MAX_UNPAID_PER_GUEST in the app's pom; 3 by default). */
    private static final int UNPAID_PER_GUEST = 10;
    private static final int MESSAGES_PER_ACCOUNT = 30;
    private static final int INQUIRIES_PER_ACCOUNT = 10;

    private static TestUser host;

    @BeforeAll
    static void aHost() {
        host = TestUser.register("Flow Host").asHost();
    }

    /** A night at 2500 EUR: with fees and taxes above 3000, where the test server's simulated gateway waits for the guest. */
    private static String listingWhosePaymentsWaitForTheGuest() {
        return ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Holds"), 48.85, 2.35)
                .add("pricing", jakarta.json.Json.createObjectBuilder().add("nightlyPrice", ListingFixtures.money("2500.00", "EUR"))));
    }

    private static Response book(TestUser guest, String listing, LocalDate night) {
        return Api.as(guest.accessToken()).body(Json.of("listingId", listing, "checkIn", night.toString(), "checkOut",
                night.plusDays(1).toString(), "guests", 1)).post("/bookings");
    }

    @Test
    void aGuestCannotHoldNightsWithMoreUnpaidBookingsThanAllowed() {
        TestUser guest = TestUser.register("Night Hoarder");
        String listing = listingWhosePaymentsWaitForTheGuest();
        LocalDate first = LocalDate.now().plusDays(40);
        for (int night = 0; night < UNPAID_PER_GUEST; night++) {
            book(guest, listing, first.plusDays(2L * night)).then().statusCode(201);
        }
        assertProblem(book(guest, listing, first.plusDays(2L * UNPAID_PER_GUEST)), 429, "too-many-unpaid-bookings")
                .header("Retry-After", Integer::parseInt, greaterThan(0));

        assertEquals(UNPAID_PER_GUEST, StayFixtures.count("SELECT count(*) FROM bookings.bookings WHERE guest_id = ?::uuid",
                UUID.fromString(guest.id())), "the refused booking holds nothing");
        book(TestUser.register("Other Guest"), listing, first.plusDays(2L * UNPAID_PER_GUEST)).then().statusCode(201);
    }

    @Test
    void aSenderMailsAHostAtMostSoManyTimes() {
        TestUser guest = TestUser.register("Chatterbox");
        String someoneElses = inquiry(TestUser.register("Other Inquirer"), "a question of my own");
        for (int attempt = 0; attempt < 5; attempt++) { // refused attempts spend none of the limit
            assertProblem(Api.as(guest.accessToken()).body(Json.of("text", "let me in")).post("/conversations/" + someoneElses + "/messages"),
                    404, "conversation-not-found");
        }
        String conversation = inquiry(guest, "message 1");
        for (int message = 2; message <= MESSAGES_PER_ACCOUNT; message++) {
            Api.as(guest.accessToken()).body(Json.of("text", "message " + message)).post("/conversations/" + conversation + "/messages")
                    .then().statusCode(201);
        }
        assertProblem(Api.as(guest.accessToken()).body(Json.of("text", "one too many")).post("/conversations/" + conversation + "/messages"),
                429, "too-many-messages").header("Retry-After", Integer::parseInt, greaterThan(0));

        assertEquals(MESSAGES_PER_ACCOUNT, StayFixtures.count("SELECT count(*) FROM messaging.messages WHERE conversation_id = ?::uuid",
                UUID.fromString(conversation)));
        Api.as(host.accessToken()).body(Json.of("text", "the host may still answer")).post("/conversations/" + conversation + "/messages")
                .then().statusCode(201);
    }

    private static String inquiry(TestUser guest, String text) {
        return Api.as(guest.accessToken()).body(Json.of("text", text)).post("/listings/" + StayFixtures.listingOf(host) + "/inquiries")
                .then().statusCode(201).extract().header("Location").replaceAll(".*/", "");
    }

    @Test
    void aGuestStartsOnlySoManyInquiriesADay() {
        TestUser guest = TestUser.register("Inquiry Spammer");
        for (int i = 0; i < INQUIRIES_PER_ACCOUNT; i++) {
            Api.as(guest.accessToken()).body(Json.of("text", "Is it free?")).post("/listings/" + StayFixtures.listingOf(host) + "/inquiries")
                    .then().statusCode(201);
        }
        String another = StayFixtures.listingOf(host);
        assertProblem(Api.as(guest.accessToken()).body(Json.of("text", "Is it free?")).post("/listings/" + another + "/inquiries"),
                429, "too-many-inquiries");
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM messaging.conversations WHERE listing_id = ?::uuid", UUID.fromString(another)));
    }
}
