package dev.staybook.it.bookings;

import static org.hamcrest.Matchers.equalTo;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Booking calls as a client makes them, and waits for what follows an answer: payments and the listing
 * calendar learn of a booking through the outbox, after the commit, so their effects show a moment later.
 */
final class Bookings {

    static final int GUESTS = 2;

    private Bookings() {
    }

    static Response place(TestUser guest, String listingId, LocalDate checkIn, LocalDate checkOut) {
        return Api.as(guest.accessToken()).body(Stays.stay(listingId, checkIn, checkOut, GUESTS)).post("/bookings");
    }

    /** Books and checks the answer: 201, holding the dates while the payment is authorized. Returns the booking's id. */
    static String placed(TestUser guest, String listingId, LocalDate checkIn, LocalDate checkOut) {
        return place(guest, listingId, checkIn, checkOut).then().statusCode(201)
                .body("status", equalTo("PENDING_PAYMENT")).extract().path("id");
    }

    /** Books at an instant-book listing and waits until the payment is authorized and the booking confirmed. */
    static String confirmed(TestUser guest, String listingId, LocalDate checkIn, LocalDate checkOut) {
        String id = placed(guest, listingId, checkIn, checkOut);
        awaitStatus(guest, id, "CONFIRMED");
        return id;
    }

    static JsonPath view(TestUser user, String bookingId) {
        return Api.as(user.accessToken()).get("/bookings/" + bookingId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitStatus(TestUser user, String bookingId, String status) {
        return Eventually.until("booking " + bookingId + " " + status, () -> Reply.get(user, "/bookings/" + bookingId),
                reply -> reply.is(200) && status.equals(reply.json().getString("status"))).json();
    }

    static JsonPath cancel(TestUser user, String bookingId, String reason) {
        return Api.as(user.accessToken()).body(Json.of("reason", reason)).post("/bookings/" + bookingId + "/cancel")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath payment(TestUser user, String bookingId) {
        return Api.as(user.accessToken()).get("/bookings/" + bookingId + "/payments").then().statusCode(200).extract().jsonPath();
    }

    /** Waits for the booking's payment to exist and reach the status. */
    static JsonPath awaitPayment(TestUser user, String bookingId, String status) {
        return Eventually.until("payment of " + bookingId + " " + status, () -> Reply.get(user, "/bookings/" + bookingId + "/payments"),
                reply -> reply.is(200) && status.equals(reply.json().getString("status"))).json();
    }

    /** The kinds and outcomes of the payment's gateway calls, in order: "AUTHORIZE SUCCEEDED", ... */
    static List<String> attempts(JsonPath payment) {
        List<Map<String, Object>> attempts = payment.getList("attempts");
        return attempts.stream().map(a -> a.get("kind") + " " + a.get("outcome")).toList();
    }

    /** Runs the deadline sweep now, as the administrator does (tests never wait for its schedule). */
    static void runDeadlineSweep(TestUser administrator) {
        Api.as(administrator.accessToken()).post("/admin/jobs/booking-deadlines").then().statusCode(200);
    }

    /** Each night's status in the listing's public calendar over [from, to). */
    static List<String> nights(String listingId, LocalDate from, LocalDate to) {
        return Api.anonymous().queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/listings/" + listingId + "/calendar").then().statusCode(200).extract().jsonPath().getList("days.status");
    }

    /** Waits until every night of [from, to) shows the status in the listing's calendar. */
    static void awaitNights(String listingId, LocalDate from, LocalDate to, String status) {
        Eventually.until("nights %s..%s %s".formatted(from, to, status), () -> nights(listingId, from, to),
                statuses -> !statuses.isEmpty() && statuses.stream().allMatch(s -> Objects.equals(s, status)));
    }

    /** An answer of the API that says what it was when a wait fails. */
    private record Reply(int status, String body) {

        static Reply get(TestUser user, String path) {
            Response response = Api.as(user.accessToken()).get(path);
            return new Reply(response.statusCode(), response.asString());
        }

        boolean is(int expected) {
            return status == expected;
        }

        JsonPath json() {
            return JsonPath.from(body);
        }
    }
}
