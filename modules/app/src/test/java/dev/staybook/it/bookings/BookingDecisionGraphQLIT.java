package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host accepts and declines requests to book over GraphQL with REST's rules: only the booking's host may,
 * anyone else but its guest is told it does not exist, and a decided request cannot be decided again.
 */
@SystemTest
class BookingDecisionGraphQLIT {

    private static final String ACCEPT = """
            mutation Accept($id: ID!) { acceptBooking(id: $id) { id status hostPayout { amount } listing { id } } }""";
    private static final String DECLINE = """
            mutation Decline($id: ID!, $reason: String) { declineBooking(id: $id, reason: $reason) { id status } }""";

    private static TestUser host;
    private static TestUser guest;
    private static String listing;

    @BeforeAll
    static void aRequestToBookListing() {
        host = TestUser.register("GraphQL Deciding Host").asHost();
        guest = TestUser.register("GraphQL Requesting Guest");
        listing = Stays.requestToBookListing(host, "GraphQL decisions");
    }

    @Test
    void theHostAcceptsARequestAndItCannotBeAcceptedTwice() {
        String id = requested(30);

        JsonPath accepted = GraphQL.data(host, ACCEPT, variables(id));

        assertEquals("CONFIRMED", accepted.getString("acceptBooking.status"));
        assertNotNull(accepted.get("acceptBooking.hostPayout.amount"), "the host sees the host's view");
        assertEquals(listing, accepted.getString("acceptBooking.listing.id"));
        assertEquals("CONFIRMED", Bookings.view(guest, id).getString("status"));
        assertEquals("conflict", GraphQL.errorCode(host, ACCEPT, variables(id), "acceptBooking"));
        assertEquals("conflict", GraphQL.errorCode(host, DECLINE, variables(id), "declineBooking"));
    }

    @Test
    void theHostDeclinesWithAReason() {
        String id = requested(40);

        JsonPath declined = GraphQL.data(host, DECLINE, variables(id).add("reason", "closed for works"));

        assertEquals("DECLINED", declined.getString("declineBooking.status"));
        JsonPath seenByGuest = Bookings.view(guest, id);
        assertEquals("DECLINED", seenByGuest.getString("status"));
        assertEquals("closed for works", seenByGuest.getString("history[-1].reason"));
    }

    @Test
    void onlyTheHostOfTheBookingMayDecide() {
        String id = requested(50);
        TestUser otherHost = TestUser.register("GraphQL Other Host").asHost();

        assertEquals("forbidden", GraphQL.errorCode(guest, ACCEPT, variables(id), "acceptBooking"));
        assertEquals("forbidden", GraphQL.errorCode(guest, DECLINE, variables(id), "declineBooking"));
        assertEquals("not-found", GraphQL.errorCode(otherHost, ACCEPT, variables(id), "acceptBooking"));
        assertEquals("not-found", GraphQL.errorCode(otherHost, DECLINE, variables(id), "declineBooking"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, ACCEPT, variables(id), "acceptBooking"));
        assertEquals("REQUESTED", Bookings.view(guest, id).getString("status"), "nothing changed");
    }

    @Test
    void badInputIsRefused() {
        String id = requested(60);

        assertEquals("not-found", GraphQL.errorCode(host, ACCEPT, variables("not-an-id"), "acceptBooking"));
        assertEquals("invalid-input", GraphQL.errorCode(host, DECLINE, variables(id).add("reason", "x".repeat(501)), "declineBooking"));
        assertEquals("REQUESTED", Bookings.view(guest, id).getString("status"), "nothing changed");
    }

    private static String requested(int daysAhead) {
        String id = Bookings.placed(guest, listing, parisDay(daysAhead), parisDay(daysAhead + 2));
        Bookings.awaitStatus(guest, id, "REQUESTED");
        return id;
    }

    private static JsonObjectBuilder variables(String id) {
        return Json.createObjectBuilder().add("id", id);
    }
}
