package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /bookings at an instant-book listing: the dates are held at once and confirmed when the payment is authorized. */
@SystemTest
class InstantBookingIT {

    private static TestUser host;
    private static TestUser guest;
    private static String listingId;

    @BeforeAll
    static void listing() {
        host = TestUser.register("Instant Host").asHost();
        guest = TestUser.register("Instant Guest");
        listingId = Stays.instantBookListing(host, "Instant");
    }

    @Test
    void bookingNeedsASignedInGuest() {
        assertProblem(Api.anonymous().body(Stays.stay(listingId, parisDay(10), parisDay(12), 2)).post("/bookings"),
                401, "authentication-required");
    }

    @Test
    void hostsCannotBookTheirOwnListing() {
        assertProblem(Bookings.place(host, listingId, parisDay(10), parisDay(12)), 422, "own-listing");
    }

    @Test
    void refusesTheSameInvalidStaysAsAQuote() {
        assertProblem(Api.as(guest.accessToken()).body("{}").post("/bookings"), 400, "invalid-input")
                .body("errors.field", containsInAnyOrder("listingId", "checkIn", "checkOut", "adults"));
        assertProblem(Bookings.place(guest, listingId, parisDay(12), parisDay(12)), 400, "invalid-input");
        assertProblem(Api.as(guest.accessToken()).body(Stays.stay(listingId, parisDay(10), parisDay(12), 9)).post("/bookings"),
                422, "too-many-guests");
        assertProblem(Bookings.place(guest, "not-a-listing-id", parisDay(10), parisDay(12)), 404, "listing-not-found");
    }

    @Test
    void aBookingAtTheQuotedTotalIsRefusedWhenTheHostChangedThePriceMeanwhile() {
        String listing = Stays.listingPricedAt(host, "Repriced", "50.00");
        LocalDate checkIn = parisDay(70);
        String stay = Stays.stay(listing, checkIn, checkIn.plusDays(2), 1);
        String quoted = Api.anonymous().body(stay).post("/quotes").then().statusCode(200).extract().path("total.amount");

        Api.as(host.accessToken()).contentType("application/merge-patch+json")
                .body("{\"pricing\":{\"nightlyPrice\":{\"amount\":\"500.00\",\"currency\":\"EUR\"}}}")
                .patch("/listings/" + listing).then().statusCode(200);

        Response refused = Api.as(guest.accessToken()).body(withExpectedTotal(stay, quoted)).post("/bookings");
        JsonPath refusedOverGraphQL = GraphQL.post(guest, BOOK, Json.createObjectBuilder().add("booking", Json.createObjectBuilder()
                .add("listingId", listing).add("checkIn", checkIn.toString()).add("checkOut", checkIn.plusDays(2).toString())
                .add("guests", 1).add("expectedTotal", Json.createObjectBuilder().add("amount", quoted).add("currency", "EUR"))))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(0, BookingRows.activeBookings(listing), "nothing is booked at a price the guest did not see");

        // the new total comes apart from the prose, as a fresh quote gives it, for the client to show and book at
        String requoted = Api.anonymous().body(stay).post("/quotes").then().statusCode(200).extract().path("total.amount");
        assertNotEquals(quoted, requoted);
        assertProblem(refused, 409, "price-changed")
                .body("detail", containsString(quoted + " EUR"))
                .body("total.amount", equalTo(requoted))
                .body("total.currency", equalTo("EUR"));
        assertNull(refusedOverGraphQL.get("data.book"));
        assertEquals("conflict", refusedOverGraphQL.getString("errors[0].extensions.code"));
        assertTrue(refusedOverGraphQL.getString("errors[0].message").contains(requoted + " EUR"), "GraphQL says it in words only");
        assertNull(refusedOverGraphQL.get("errors[0].extensions.exception"), "no Java class names");

        Api.as(guest.accessToken()).body(withExpectedTotal(stay, requoted)).post("/bookings").then().statusCode(201)
                .body("total.amount", equalTo(requoted));
        assertProblem(Api.as(guest.accessToken()).body(withExpectedTotal(stay, "12,00")).post("/bookings"), 400, "invalid-input")
                .body("errors.field", hasItem("expectedTotal.amount"));
        // what BigDecimal would read but the contract does not write, and the right amount in another currency
        assertProblem(Api.as(guest.accessToken()).body(withExpectedTotal(stay, "1e2")).post("/bookings"), 400, "invalid-input")
                .body("errors.field", hasItem("expectedTotal.amount"));
        String later = Stays.stay(listing, checkIn.plusDays(10), checkIn.plusDays(12), 1);
        assertProblem(Api.as(guest.accessToken()).body(withExpectedTotal(later, requoted).replace("\"EUR\"", "\"USD\""))
                .post("/bookings"), 400, "invalid-input").body("errors.field", hasItem("expectedTotal.currency"));
    }

    private static final String BOOK = """
            mutation Book($booking: BookingInput!) { book(booking: $booking) { id } }""";

    private static String withExpectedTotal(String stay, String amount) {
        return stay.substring(0, stay.length() - 1) + ",\"expectedTotal\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}}";
    }

    @Test
    void holdsTheDatesThenConfirmsOnceThePaymentIsAuthorized() {
        LocalDate checkIn = parisDay(20);
        String quotedTotal = Api.anonymous().body(Stays.stay(listingId, checkIn, checkIn.plusDays(3), 2)).post("/quotes")
                .then().statusCode(200).extract().path("total.amount");

        Response placed = Bookings.place(guest, listingId, checkIn, checkIn.plusDays(3));
        String id = placed.path("id");
        placed.then().statusCode(201)
                .header("Location", endsWith("/api/v1/bookings/" + id))
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("PENDING_PAYMENT"))
                .body("listingId", equalTo(listingId))
                .body("guestId", equalTo(guest.id()))
                .body("hostId", equalTo(host.id()))
                .body("checkIn", equalTo(checkIn.toString()))
                .body("checkOut", equalTo(checkIn.plusDays(3).toString()))
                .body("nights", equalTo(3))
                .body("guests", equalTo(2))
                .body("timeZone", equalTo("Europe/Paris"))
                .body("paymentDueAt", notNullValue())
                .body("total.amount", equalTo(quotedTotal))
                .body("total.amount", equalTo("403.00"))
                .body("hostPayout", nullValue())
                .body("lines.kind", not(hasItem("HOST_SERVICE_FEE")))
                .body("cancellationPolicy.name", equalTo("MODERATE"));

        JsonPath confirmed = Bookings.awaitStatus(guest, id, "CONFIRMED");
        assertNull(confirmed.get("paymentDueAt"));
        assertEquals(List.of("PENDING_PAYMENT", "CONFIRMED"), confirmed.getList("history.to"));
        assertEquals(List.of("GUEST", "SYSTEM"), confirmed.getList("history.by"));
        assertEquals(Arrays.asList(null, "PENDING_PAYMENT"), confirmed.getList("history.from"));

        JsonPath payment = Bookings.awaitPayment(guest, id, "CAPTURED");
        assertEquals("403.00", payment.getString("captured.amount"));
        assertEquals(List.of("AUTHORIZE SUCCEEDED", "CAPTURE SUCCEEDED"), Bookings.attempts(payment));
    }

    @Test
    void theHostSeesTheServiceFeeAndThePayoutTheGuestDoesNot() {
        LocalDate checkIn = parisDay(30);
        String id = Bookings.confirmed(guest, listingId, checkIn, checkIn.plusDays(3));

        // subtotal 325.00 less the 3 % host service fee (9.75)
        Api.as(host.accessToken()).get("/bookings/" + id).then().statusCode(200)
                .body("lines.kind", hasItem("HOST_SERVICE_FEE"))
                .body("lines.find { it.kind == 'HOST_SERVICE_FEE' }.amount.amount", equalTo("9.75"))
                .body("hostPayout.amount", equalTo("315.25"))
                .body("total.amount", equalTo("403.00"));
        Api.as(guest.accessToken()).get("/bookings/" + id).then().statusCode(200)
                .body("lines.kind", not(hasItem("HOST_SERVICE_FEE")))
                .body("hostPayout", nullValue());
    }

    @Test
    void heldDatesCannotBeBookedAgain() {
        LocalDate checkIn = parisDay(40);
        Bookings.placed(guest, listingId, checkIn, checkIn.plusDays(3));
        TestUser rival = TestUser.register("Instant Rival");

        assertProblem(Bookings.place(rival, listingId, checkIn.plusDays(2), checkIn.plusDays(4)), 409, "dates-unavailable");
        Bookings.placed(rival, listingId, checkIn.plusDays(3), checkIn.plusDays(5));
    }

    @Test
    void theCalendarShowsTheBookedNights() {
        LocalDate checkIn = parisDay(50);
        Bookings.placed(guest, listingId, checkIn, checkIn.plusDays(2));

        Bookings.awaitNights(listingId, checkIn, checkIn.plusDays(2), "BOOKED");
        assertEquals(List.of("AVAILABLE"), Bookings.nights(listingId, checkIn.plusDays(2), checkIn.plusDays(3)));
        assertProblem(Api.anonymous().body(Stays.stay(listingId, checkIn.plusDays(1), checkIn.plusDays(3), 2)).post("/quotes"),
                409, "dates-unavailable");
    }
}
