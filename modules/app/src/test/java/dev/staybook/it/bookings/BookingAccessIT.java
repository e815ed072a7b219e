package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only a booking's guest and host see it; anyone else is told it does not exist, and nobody else changes it. */
@SystemTest
class BookingAccessIT {

    private static TestUser host;
    private static TestUser guest;
    private static TestUser stranger;
    private static String bookingId;

    @BeforeAll
    static void aRequestToBook() {
        host = TestUser.register("Access Host").asHost();
        guest = TestUser.register("Access Guest");
        stranger = TestUser.register("Access Stranger").asHost();
        String listingId = Stays.requestToBookListing(host, "Access");
        bookingId = Bookings.placed(guest, listingId, parisDay(10), parisDay(13));
        Bookings.awaitStatus(guest, bookingId, "REQUESTED");
    }

    @Test
    void theGuestAndTheHostSeeTheBooking() {
        Api.as(guest.accessToken()).get("/bookings/" + bookingId).then().statusCode(200).body("id", equalTo(bookingId));
        Api.as(host.accessToken()).get("/bookings/" + bookingId).then().statusCode(200).body("id", equalTo(bookingId));
        Api.as(guest.accessToken()).get("/bookings/" + bookingId + "/payments").then().statusCode(200)
                .body("bookingId", equalTo(bookingId));
    }

    @Test
    void aStrangerIsToldTheBookingDoesNotExist() {
        String path = "/bookings/" + bookingId;
        assertProblem(Api.as(stranger.accessToken()).get(path), 404, "booking-not-found");
        assertProblem(Api.as(stranger.accessToken()).post(path + "/accept"), 404, "booking-not-found");
        assertProblem(Api.as(stranger.accessToken()).body("{}").post(path + "/decline"), 404, "booking-not-found");
        assertProblem(Api.as(stranger.accessToken()).body("{}").post(path + "/cancel"), 404, "booking-not-found");
        assertProblem(Api.as(stranger.accessToken()).get(path + "/payments"), 404, "payment-not-found");

        assertEquals("REQUESTED", Bookings.view(guest, bookingId).getString("status"), "nothing changed");
    }

    @Test
    void unknownAndUnreadableIdsAreNotFound() {
        assertProblem(Api.as(guest.accessToken()).get("/bookings/" + UUID.randomUUID()), 404, "booking-not-found");
        assertProblem(Api.as(guest.accessToken()).get("/bookings/not-an-id"), 404, "booking-not-found");
        assertProblem(Api.as(host.accessToken()).post("/bookings/not-an-id/accept"), 404, "booking-not-found");
    }

    @Test
    void everyBookingCallNeedsASignedInUser() {
        String path = "/bookings/" + bookingId;
        assertProblem(Api.anonymous().get("/bookings"), 401, "authentication-required");
        assertProblem(Api.anonymous().get(path), 401, "authentication-required");
        assertProblem(Api.anonymous().post(path + "/accept"), 401, "authentication-required");
        assertProblem(Api.anonymous().body("{}").post(path + "/decline"), 401, "authentication-required");
        assertProblem(Api.anonymous().body("{}").post(path + "/cancel"), 401, "authentication-required");
        assertProblem(Api.anonymous().get(path + "/payments"), 401, "authentication-required");
    }

    @Test
    void onlyAnAdministratorRunsTheDeadlineSweep() {
        assertProblem(Api.anonymous().post("/admin/jobs/booking-deadlines"), 401, "authentication-required");
        assertProblem(Api.as(host.accessToken()).post("/admin/jobs/booking-deadlines"), 403, "role-required");
    }
}
