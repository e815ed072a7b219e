package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text that ends up in mail headers (a name in To:, a title in Subject:) or in iCalendar lines cannot carry the line
 * breaks that would start a header or a property of its own (OWASP API8); longer texts only ordinary line breaks.
 */
@SystemTest
class ControlCharactersIT {

    private static final String HEADER_INJECTION = "Ada\r\nBcc: everyone@example.com";
    private static final Pattern BARE_LINE_BREAK = Pattern.compile("\r(?!\n)|(?<!\r)\n");

    private static TestUser host;

    @BeforeAll
    static void aHost() {
        host = TestUser.register("Plain Text Host").asHost();
    }

    @Test
    void namesAreOneLine() {
        assertProblem(Api.anonymous().body(Json.of("email", "crlf-" + UUID.randomUUID() + "@it.staybook.test", "password", TestUser.PASSWORD,
                "name", HEADER_INJECTION)).post("/auth/register"), 400, "invalid-input").body("errors.field", hasItem("name"));
        assertProblem(Api.as(host.accessToken()).contentType("application/merge-patch+json").body(Json.of("name", HEADER_INJECTION))
                .patch("/users/me"), 400, "invalid-input").body("errors.field", hasItem("name"));
        assertProblem(Api.anonymous().body(Json.of("email", "bell\u0007@it.staybook.test", "password", TestUser.PASSWORD, "name", "Bell"))
                .post("/auth/register"), 400, "invalid-input").body("errors.field", hasItem("email"));
    }

    @Test
    void wishlistNamesAreOneLine() {
        TestUser guest = TestUser.register("Wishful Nul");
        for (String name : new String[] {"Summer\u0000", "Red \u001B[31m", "Two\nlines", "\u202Eevil"}) {
            assertProblem(Api.as(guest.accessToken()).body(Json.of("name", name)).post("/users/me/wishlists"), 400, "invalid-input")
                    .body("errors.field", hasItem("name"));
        }
    }

    @Test
    void titlesAddressesAndNotesAreOneLine() {
        assertProblem(Api.as(host.accessToken()).body(ListingFixtures.listing(ListingFixtures.uniqueCity("Crlf"), 48.85, 2.35)
                .add("title", "Loft\r\nX-Injected: 1").build().toString()).post("/listings"), 400, "invalid-input")
                .body("errors.field", hasItem("title"));
        assertProblem(Api.as(host.accessToken()).body(ListingFixtures.listing("Paris\u0000", 48.85, 2.35).build().toString())
                .post("/listings"), 400, "invalid-input").body("errors.field", hasItem("address.city"));
        String listing = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Crlf"), 48.85, 2.35));
        LocalDate from = LocalDate.now().plusDays(10);
        String blocked = jakarta.json.Json.createObjectBuilder().add("changes", jakarta.json.Json.createArrayBuilder()
                .add(jakarta.json.Json.createObjectBuilder().add("from", from.toString()).add("to", from.plusDays(1).toString())
                        .add("availability", "BLOCKED").add("note", "Family\r\nDESCRIPTION:injected"))).build().toString();
        assertProblem(Api.as(host.accessToken()).body(blocked).put("/listings/" + listing + "/calendar"), 400, "invalid-input")
                .body("errors.field", hasItem("changes[0].note"));
    }

    @Test
    void messagesHoldOnlyOrdinaryLineBreaks() {
        TestUser guest = TestUser.register("Escape Sender");
        String listing = StayFixtures.listingOf(host);
        assertProblem(Api.as(guest.accessToken()).body(Json.of("text", "red \u001B[31m alert")).post("/listings/" + listing + "/inquiries"),
                400, "invalid-input").body("errors.field", hasItem("text"));
        // half a surrogate pair, escaped in the JSON text: no character at all, which PostgreSQL stored as "?"
        assertProblem(Api.as(guest.accessToken()).body("{\"text\": \"lone \\ud800 surrogate\"}").post("/listings/" + listing + "/inquiries"),
                400, "invalid-input").body("errors.field", hasItem("text"));
        Api.as(guest.accessToken()).body(Json.of("text", "first line\r\nsecond line")).post("/listings/" + listing + "/inquiries")
                .then().statusCode(201);
    }

    @Test
    void theCalendarFeedHasNoLineBreakOfItsOwnInAnyProperty() {
        String listing = StayFixtures.listingOf(host);
        String token = Api.as(host.accessToken()).get("/listings/" + listing + "/calendar/feed").then().statusCode(200).extract().path("token");
        String feed = Api.anonymous().queryParam("token", token).get("/listings/" + listing + "/calendar.ics").then().statusCode(200)
                .extract().asString();
        assertFalse(BARE_LINE_BREAK.matcher(feed).find(), feed);
    }

    @Test
    void theGuestsMessageWithABookingHoldsOnlyOrdinaryLineBreaks() {
        TestUser guest = TestUser.register("Nul Sender");
        String listing = StayFixtures.listingOf(host);
        LocalDate checkIn = LocalDate.now().plusDays(40);
        assertProblem(Api.as(guest.accessToken()).body(Json.of("listingId", listing, "checkIn", checkIn.toString(),
                "checkOut", checkIn.plusDays(2).toString(), "adults", 2, "message", "hello\u0000there")).post("/bookings"),
                400, "invalid-input").body("errors.field", hasItem("message"));
    }
}
