package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request to book: the payment is authorized first, then the host accepts (the payment is captured) or declines (voided). */
@SystemTest
class RequestToBookIT {

    private static TestUser host;
    private static TestUser guest;
    private static String listingId;

    @BeforeAll
    static void listing() {
        host = TestUser.register("Request Host").asHost();
        guest = TestUser.register("Request Guest");
        listingId = Stays.requestToBookListing(host, "Request");
    }

    private static String requested(LocalDate checkIn) {
        String id = Bookings.placed(guest, listingId, checkIn, checkIn.plusDays(3));
        Bookings.awaitStatus(guest, id, "REQUESTED");
        return id;
    }

    @Test
    void waitsForTheHostOnceThePaymentIsAuthorized() {
        Instant before = Instant.now();
        String id = requested(parisDay(10));

        JsonPath booking = Bookings.view(guest, id);
        Instant respondBy = Instant.parse(booking.getString("respondBy"));
        assertTrue(!respondBy.isBefore(before.plus(Duration.ofHours(24))) && respondBy.isBefore(Instant.now().plus(Duration.ofHours(24))),
                "the host has 24 hours to answer: " + respondBy);
        assertNull(booking.get("paymentDueAt"));
        assertEquals(List.of("PENDING_PAYMENT", "REQUESTED"), booking.getList("history.to"));
        assertEquals("payment authorized", booking.getString("history[1].reason"));
        assertEquals(List.of("AUTHORIZE SUCCEEDED"), Bookings.attempts(Bookings.awaitPayment(guest, id, "AUTHORIZED")));
    }

    @Test
    void theHostAcceptsAndThePaymentIsCaptured() {
        String id = requested(parisDay(20));

        Api.as(host.accessToken()).post("/bookings/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("respondBy", nullValue())
                .body("hostPayout.amount", equalTo("315.25"))
                .body("history.to", equalTo(List.of("PENDING_PAYMENT", "REQUESTED", "CONFIRMED")))
                .body("history.by", equalTo(List.of("GUEST", "SYSTEM", "HOST")));

        JsonPath payment = Bookings.awaitPayment(guest, id, "CAPTURED");
        assertEquals(List.of("AUTHORIZE SUCCEEDED", "CAPTURE SUCCEEDED"), Bookings.attempts(payment));
        assertProblem(Api.as(host.accessToken()).post("/bookings/" + id + "/accept"), 409, "illegal-transition");
    }

    @Test
    void theHostDeclinesAndThePaymentIsVoidedAndTheNightsFreed() {
        LocalDate checkIn = parisDay(30);
        String id = requested(checkIn);
        Bookings.awaitNights(listingId, checkIn, checkIn.plusDays(3), "BOOKED");

        Api.as(host.accessToken()).body(Json.of("reason", "We are renovating")).post("/bookings/" + id + "/decline")
                .then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("history[2].reason", equalTo("We are renovating"))
                .body("history[2].by", equalTo("HOST"));

        JsonPath payment = Bookings.awaitPayment(guest, id, "VOIDED");
        assertEquals(List.of("AUTHORIZE SUCCEEDED", "VOID SUCCEEDED"), Bookings.attempts(payment));
        Bookings.awaitNights(listingId, checkIn, checkIn.plusDays(3), "AVAILABLE");
        assertProblem(Api.as(host.accessToken()).post("/bookings/" + id + "/accept"), 409, "illegal-transition");
    }

    @Test
    void theGuestCannotAnswerTheirOwnRequest() {
        String id = requested(parisDay(40));

        assertProblem(Api.as(guest.accessToken()).post("/bookings/" + id + "/accept"), 403, "not-the-host");
        assertProblem(Api.as(guest.accessToken()).body("{}").post("/bookings/" + id + "/decline"), 403, "not-the-host");
        assertEquals("REQUESTED", Bookings.view(guest, id).getString("status"));
    }

    @Test
    void theGuestMayWithdrawARequestAndNothingIsCharged() {
        String id = requested(parisDay(50));

        Bookings.cancel(guest, id, "Changed plans");
        JsonPath cancelled = Bookings.view(guest, id);
        assertEquals("CANCELLED_BY_GUEST", cancelled.getString("status"));
        assertEquals("0.00", cancelled.getString("refund.total.amount"), "nothing was charged, so nothing is refunded");
        assertEquals(List.of("AUTHORIZE SUCCEEDED", "VOID SUCCEEDED"), Bookings.attempts(Bookings.awaitPayment(guest, id, "VOIDED")));
    }

    @Test
    void aRequestShowsTheGuestsMessageToTheHost() {
        LocalDate checkIn = parisDay(60);
        String id = Api.as(guest.accessToken())
                .body(Json.of("listingId", listingId, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(),
                        "guests", 2, "message", "We travel with a quiet dog."))
                .post("/bookings").then().statusCode(201).body("message", equalTo("We travel with a quiet dog.")).extract().path("id");

        Api.as(host.accessToken()).get("/bookings/" + id).then().statusCode(200)
                .body("message", equalTo("We travel with a quiet dog."))
                .body("hostPayout", notNullValue());
    }
}
