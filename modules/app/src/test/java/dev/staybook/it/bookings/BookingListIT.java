package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /bookings: the caller's trips (as=guest) or the bookings of their listings (as=host), newest
 * first, a page at a time, optionally of one status.
 */
@SystemTest
class BookingListIT {

    private static TestUser host;
    private static TestUser guest;
    private static TestUser otherGuest;
    /** The guest's bookings, oldest first: two confirmed, then one requested. */
    private static final List<String> bookings = new ArrayList<>();
    private static String otherGuestsBooking;

    @BeforeAll
    static void threeBookingsAtOneHost() {
        host = TestUser.register("List Host").asHost();
        guest = TestUser.register("List Guest");
        otherGuest = TestUser.register("List Other Guest");
        String instant = Stays.instantBookListing(host, "List");
        String request = Stays.requestToBookListing(host, "List");
        bookings.add(Bookings.confirmed(guest, instant, parisDay(10), parisDay(12)));
        bookings.add(Bookings.confirmed(guest, instant, parisDay(20), parisDay(22)));
        String requested = Bookings.placed(guest, request, parisDay(10), parisDay(12));
        Bookings.awaitStatus(guest, requested, "REQUESTED");
        bookings.add(requested);
        otherGuestsBooking = Bookings.confirmed(otherGuest, instant, parisDay(30), parisDay(32));
    }

    private static JsonPath page(TestUser user, String as, String cursor, int limit) {
        var request = Api.as(user.accessToken()).queryParam("as", as).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/bookings").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void guestsPageThroughTheirOwnTripsNewestFirst() {
        JsonPath first = page(guest, "guest", null, 2);
        assertEquals(List.of(bookings.get(2), bookings.get(1)), first.getList("items.id"));
        assertNotNull(first.getString("nextCursor"));

        JsonPath second = page(guest, "guest", first.getString("nextCursor"), 2);
        assertEquals(List.of(bookings.get(0)), second.getList("items.id"));
        assertNull(second.getString("nextCursor"));

        Api.as(guest.accessToken()).get("/bookings").then().statusCode(200)
                .body("items.id", equalTo(List.of(bookings.get(2), bookings.get(1), bookings.get(0))))
                .body("items.hostPayout", everyItem(nullValue()))
                .body("items.lines.flatten().kind", not(hasItem("HOST_SERVICE_FEE")));
    }

    @Test
    void hostsPageThroughTheBookingsOfTheirListingsWithTheirPayout() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(host, "host", cursor, 3);
            seen.addAll(page.getList("items.id"));
            assertEquals(List.of(), page.getList("items.hostPayout").stream().filter(p -> p == null).toList(),
                    "the host sees each payout");
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertEquals(List.of(otherGuestsBooking, bookings.get(2), bookings.get(1), bookings.get(0)), seen);
        Api.as(host.accessToken()).get("/bookings").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void filtersByStatus() {
        Api.as(guest.accessToken()).queryParam("status", "CONFIRMED").get("/bookings").then().statusCode(200)
                .body("items.id", equalTo(List.of(bookings.get(1), bookings.get(0))))
                .body("items.status", everyItem(equalTo("CONFIRMED")));
        Api.as(host.accessToken()).queryParam("as", "host").queryParam("status", "requested").get("/bookings").then().statusCode(200)
                .body("items.id", equalTo(List.of(bookings.get(2))));
        Api.as(otherGuest.accessToken()).queryParam("status", "DECLINED").get("/bookings").then().statusCode(200)
                .body("items", equalTo(List.of()))
                .body("nextCursor", nullValue());
    }

    @Test
    void refusesUnknownStatusesPartiesLimitsAndCursors() {
        assertProblem(Api.as(guest.accessToken()).queryParam("status", "PAID").get("/bookings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("status")));
        assertProblem(Api.as(guest.accessToken()).queryParam("as", "owner").get("/bookings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("as")));
        assertProblem(Api.as(guest.accessToken()).queryParam("as", "guests").get("/bookings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("as")));
        assertProblem(Api.as(guest.accessToken()).queryParam("limit", 0).get("/bookings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("limit")));
        assertProblem(Api.as(guest.accessToken()).queryParam("limit", 101).get("/bookings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("limit")));
        assertProblem(Api.as(guest.accessToken()).queryParam("cursor", "not-a-cursor").get("/bookings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("cursor")));
    }
}
