package dev.staybook.it.account;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /users/me/export: one archive of what every module holds about the caller (account, listings and wishlists,
 * bookings, payments, messages, the mails sent to them), and nothing about the other party or another guest of the same listing.
 */
@SystemTest
class AccountExportIT {

    private static TestUser host;
    private static TestUser guest;
    private static TestUser otherGuest;
    private static String listing;
    private static String booking;
    private static String otherBooking;
    private static String wishlist;

    @BeforeAll
    static void oneStayWithWordsOnBothSides() {
        host = TestUser.register("Export Host").asHost();
        guest = TestUser.register("Export Guest");
        otherGuest = TestUser.register("Export Other Guest");
        listing = StayFixtures.listingOf(host);
        booking = StayFixtures.confirmed(guest, listing);
        otherBooking = StayFixtures.confirmed(otherGuest, listing);
        // what a guest writes with a booking is the guest's words, as their messages are
        ListingFixtures.update("UPDATE bookings.bookings SET guest_message = ? WHERE id = ?::uuid", "Guest's note with the booking", booking);
        // the booking reaches messaging from the bookings outbox; until then it is unknown there
        Eventually.until("the booking known to messaging", () -> say(guest, "Guest's own words about the key") == 201);
        assertEquals(201, say(host, "Host's reply about the key"));
        wishlist = Api.as(guest.accessToken()).body(Json.of("name", "Export trips")).post("/users/me/wishlists")
                .then().statusCode(201).extract().path("id");
        Api.as(guest.accessToken()).put("/users/me/wishlists/" + wishlist + "/listings/" + listing).then().statusCode(204);
    }

    private static int say(TestUser sender, String text) {
        return Api.as(sender.accessToken()).body(Json.of("text", text)).post("/bookings/" + booking + "/messages").statusCode();
    }

    private static Response export(TestUser user) {
        Response response = Api.as(user.accessToken()).get("/users/me/export");
        response.then().statusCode(200).contentType(containsString("application/json"))
                .header("Content-Disposition", equalTo("attachment; filename=staybook-export.json"))
                .body("userId", equalTo(user.id()));
        return response;
    }

    @Test
    void theGuestsArchiveHoldsTheirDataFromEveryModule() {
        JsonPath archive = export(guest).jsonPath();

        assertEquals(guest.email(), archive.getString("sections.account.email"));
        assertEquals("Export Guest", archive.getString("sections.account.name"));
        assertFalse(archive.getList("sections.account.sessions").isEmpty(), "the sign-in sessions");
        assertEquals(List.of(booking), archive.getList("sections.bookings.asGuest.id"));
        assertEquals("CONFIRMED", archive.getString("sections.bookings.asGuest[0].status"));
        assertEquals("Guest's note with the booking", archive.getString("sections.bookings.asGuest[0].message"));
        assertTrue(archive.getList("sections.bookings.asHost").isEmpty());
        assertEquals(List.of(booking), archive.getList("sections.payments.payments.bookingId"));
        assertEquals(List.of(wishlist), archive.getList("sections.listings.wishlists.id"));
        assertEquals(List.of(listing), archive.getList("sections.listings.wishlists[0].listingIds"));
        assertEquals(List.of("Guest's own words about the key"), archive.getList("sections.messages.written.text"));
        assertEquals("GUEST", archive.getString("sections.messages.conversations[0].side"));
    }

    @Test
    void theArchiveListsTheMailsSentToTheUserWithoutTheirBodies() {
        Eventually.until("the guest's welcome mail sent", () -> StayFixtures.count("SELECT count(*) FROM notifications.mails"
                + " WHERE recipient_email = ? AND kind = 'WELCOME' AND status = 'SENT'", guest.email()) == 1);

        JsonPath archive = export(guest).jsonPath();

        List<Map<String, Object>> mails = archive.getList("sections.notifications");
        assertTrue(archive.getList("sections.notifications.kind").contains("WELCOME"), "the welcome mail");
        mails.forEach(mail -> assertEquals(Set.of("kind", "subject", "sentAt"), mail.keySet()));
    }

    @Test
    void theHostsArchiveHoldsTheirListingsAndTheBookingsOfThem() {
        JsonPath archive = export(host).jsonPath();

        assertEquals(List.of(listing), archive.getList("sections.listings.hosted.id"));
        assertTrue(archive.getList("sections.bookings.asHost.id").containsAll(List.of(booking, otherBooking)));
        assertEquals(List.of("Host's reply about the key"), archive.getList("sections.messages.written.text"));
        assertTrue(archive.getList("sections.payments.payments").isEmpty(), "the host paid for nothing");
    }

    @Test
    void noArchiveHoldsAnotherUsersData() {
        String guests = export(guest).asString();
        assertFalse(guests.contains(otherBooking), "another guest's booking");
        assertFalse(guests.contains(otherGuest.email()) || guests.contains(host.email()), "another user's address");
        assertFalse(guests.contains("Host's reply"), "the host's words");

        String hosts = export(host).asString();
        assertFalse(hosts.contains(guest.email()) || hosts.contains(otherGuest.email()), "a guest's address");
        assertFalse(hosts.contains("Guest's own words"), "the guest's messages");
        assertFalse(hosts.contains("Guest's note with the booking"), "what the guest wrote with the booking");
        assertFalse(hosts.contains(wishlist), "the guest's wishlist");
    }

    @Test
    void anonymousCallersGetNoArchive() {
        assertProblem(Api.anonymous().get("/users/me/export"), 401, "authentication-required");
        assertProblem(Api.anonymous().header("Authorization", "Bearer not-a-token").get("/users/me/export"), 401, "invalid-token");
    }
}
