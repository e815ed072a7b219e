package dev.staybook.it.payments;

import static org.hamcrest.Matchers.equalTo;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bookings made through the API and what their payments became. Listings are the fixture's: 100.00 EUR
 * a night, 25.00 cleaning, instant book, moderate cancellation, in Europe/Paris. Three nights cost the
 * guest 403.00 (325.00 + 45.50 service fee + 32.50 taxes); the host is owed 315.25 (325.00 less 3 %).
 * Three nights at 2000.00 cost 7471.00, above what the test server's simulated gateway authorizes (5000);
 * at 1000.00 (3751.00) the gateway waits for the guest and a webhook.
 */
final class PaidStays {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static TestUser administrator;

    private PaidStays() {
    }

    static LocalDate parisDay(int days) {
        return LocalDate.now(PARIS).plusDays(days);
    }

    static String instantBookListing(TestUser host) {
        return ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Payments"), 48.85, 2.35));
    }

    static String requestToBookListing(TestUser host) {
        return ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Payments"), 48.85, 2.35)
                .add("instantBook", false));
    }

    static String listingPricedAt(TestUser host, String nightlyPrice) {
        return ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Payments"), 48.85, 2.35)
                .add("pricing", jakarta.json.Json.createObjectBuilder()
                        .add("nightlyPrice", ListingFixtures.money(nightlyPrice, "EUR"))
                        .add("cleaningFee", ListingFixtures.money("25.00", "EUR"))));
    }

    /** Books three nights from {@code checkIn}; returns the booking's id (201, PENDING_PAYMENT). */
    static String place(TestUser guest, String listingId, LocalDate checkIn) {
        return Api.as(guest.accessToken())
                .body(Json.of("listingId", listingId, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(3).toString(), "guests", 2))
                .post("/bookings").then().statusCode(201).body("status", equalTo("PENDING_PAYMENT")).extract().path("id");
    }

    static String confirmed(TestUser guest, String listingId, LocalDate checkIn) {
        String id = place(guest, listingId, checkIn);
        awaitBooking(guest, id, "CONFIRMED");
        return id;
    }

    /** A confirmed stay of three nights that ended an hour ago, once its payment is payable to the host. */
    static String completed(TestUser guest, TestUser host, String listingId, LocalDate checkIn) {
        return completedAt(guest, host, listingId, checkIn, Instant.now().minus(Duration.ofHours(1)));
    }

    /**
     * A confirmed stay of three nights whose check-out the test moved to {@code checkedOut} (in the past),
     * once the deadline sweep completed it and its payment became payable to the host at that instant.
     */
    static String completedAt(TestUser guest, TestUser host, String listingId, LocalDate checkIn, Instant checkedOut) {
        String id = confirmed(guest, listingId, checkIn);
        OffsetDateTime out = checkedOut.atOffset(ZoneOffset.UTC);
        ListingFixtures.update("update bookings.bookings set check_in_at = ?, check_out_at = ? where id = ?::uuid",
                out.minusDays(3), out, id);
        runDeadlineSweep();
        awaitBooking(guest, id, "COMPLETED");
        Eventually.until("payment of " + id + " payable", () -> payment(host, id), p -> p.getString("payableAt") != null);
        return id;
    }

    static JsonPath awaitBooking(TestUser user, String bookingId, String status) {
        return Eventually.until("booking " + bookingId + " " + status, () -> Api.as(user.accessToken()).get("/bookings/" + bookingId),
                r -> r.statusCode() == 200 && status.equals(r.path("status"))).jsonPath();
    }

    static JsonPath cancel(TestUser user, String bookingId) {
        return Api.as(user.accessToken()).body(Json.of("reason", "plans changed")).post("/bookings/" + bookingId + "/cancel")
                .then().statusCode(200).extract().jsonPath();
    }

    static Response paymentResponse(TestUser user, String bookingId) {
        return Api.as(user.accessToken()).get("/bookings/" + bookingId + "/payments");
    }

    static JsonPath payment(TestUser user, String bookingId) {
        return paymentResponse(user, bookingId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitPayment(TestUser user, String bookingId, String status) {
        return Eventually.until("payment of " + bookingId + " " + status, () -> paymentResponse(user, bookingId),
                r -> r.statusCode() == 200 && status.equals(r.path("status"))).jsonPath();
    }

    /** The payment's gateway calls in order: "AUTHORIZE SUCCEEDED 403.00", ... (no amount for voids). */
    static List<String> attempts(JsonPath payment) {
        List<Map<String, Object>> attempts = payment.getList("attempts");
        return attempts.stream().map(a -> (a.get("kind") + " " + a.get("outcome") + " "
                + (a.get("amount") == null ? "" : ((Map<?, ?>) a.get("amount")).get("amount"))).strip()).toList();
    }

    /** Runs the booking deadline sweep now, as an administrator does. */
    static void runDeadlineSweep() {
        Api.as(administrator().accessToken()).post("/admin/jobs/booking-deadlines").then().statusCode(200);
    }

    static synchronized TestUser administrator() {
        if (administrator == null) {
            administrator = TestUser.administrator();
        }
        return Objects.requireNonNull(administrator);
    }
}
