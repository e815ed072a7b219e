package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.bookings.Stays.stay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /quotes: the price of a stay line by line, and every reason a stay cannot be quoted. The listing
 * here takes stays of 2 to 10 nights booked at least 3 days ahead, gives 10 % off a week, and charges
 * 100.00 EUR a night, 25.00 cleaning.
 */
@SystemTest
class QuoteIT {

    private static TestUser host;
    private static String listingId;

    @BeforeAll
    static void listing() {
        host = TestUser.register("Quote Host").asHost();
        listingId = ListingFixtures.published(host, Stays.listingIn("Quote")
                .add("pricing", Stays.pricing("100.00", "25.00").add("weeklyDiscountPercent", 10))
                .add("stayRules", Stays.stayRules(2, 10, 3, 0)));
    }

    private static Response quote(String body) {
        return Api.anonymous().body(body).post("/quotes");
    }

    private static Response quote(LocalDate checkIn, LocalDate checkOut, int guests) {
        return quote(stay(listingId, checkIn, checkOut, guests));
    }

    @Test
    void pricesEveryNightWithOverridesThenDiscountCleaningServiceFeeAndTaxes() {
        LocalDate checkIn = parisDay(20);
        Api.as(host.accessToken()).body(Json.createObjectBuilder().add("changes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", checkIn.plusDays(2).toString())
                                .add("to", checkIn.plusDays(3).toString()).add("price", ListingFixtures.money("160.00", "EUR"))))
                .build().toString()).put("/listings/" + listingId + "/calendar").then().statusCode(200);

        // 6 x 100.00 + 160.00 = 760.00; -10 % = -76.00; + 25.00 cleaning = 709.00 subtotal;
        // service fee 14 % = 99.26; taxes 10 % = 70.90; total 879.16
        JsonPath quote = quote(checkIn, checkIn.plusDays(7), 3).then().statusCode(200)
                .body("listingId", equalTo(listingId))
                .body("checkIn", equalTo(checkIn.toString()))
                .body("checkOut", equalTo(checkIn.plusDays(7).toString()))
                .body("nights", equalTo(7))
                .body("guests", equalTo(3))
                .body("nightlyRates.size()", equalTo(7))
                .body("nightlyRates[0].date", equalTo(checkIn.toString()))
                .body("nightlyRates[0].price.amount", equalTo("100.00"))
                .body("nightlyRates[2].date", equalTo(checkIn.plusDays(2).toString()))
                .body("nightlyRates[2].price.amount", equalTo("160.00"))
                .body("lines.kind", equalTo(List.of("ACCOMMODATION", "LENGTH_OF_STAY_DISCOUNT", "CLEANING_FEE",
                        "GUEST_SERVICE_FEE", "TAXES")))
                .body("lines.amount.amount", equalTo(List.of("760.00", "-76.00", "25.00", "99.26", "70.90")))
                .body("lines.amount.currency", not(hasItem(not(equalTo("EUR")))))
                .body("lines[0].description", equalTo("7 nights"))
                .body("lines[1].description", equalTo("10% length-of-stay discount"))
                .body("total.amount", equalTo("879.16"))
                .body("total.currency", equalTo("EUR"))
                .body("cancellationPolicy.name", equalTo("MODERATE"))
                .body("cancellationPolicy.version", equalTo(1))
                .extract().jsonPath();

        BigDecimal sumOfLines = quote.getList("lines.amount.amount", String.class).stream()
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal(quote.getString("total.amount")), sumOfLines, "the lines add up to the total");
    }

    @Test
    void aShortStayHasNoDiscountAndGuestsNeverSeeTheHostServiceFee() {
        // 3 x 100.00 + 25.00 = 325.00; + 45.50 service fee + 32.50 taxes = 403.00
        quote(parisDay(40), parisDay(43), 2).then().statusCode(200)
                .body("lines.kind", equalTo(List.of("ACCOMMODATION", "CLEANING_FEE", "GUEST_SERVICE_FEE", "TAXES")))
                .body("lines.kind", not(hasItem("HOST_SERVICE_FEE")))
                .body("lines.amount.amount", equalTo(List.of("300.00", "25.00", "45.50", "32.50")))
                .body("total.amount", equalTo("403.00"));
    }

    @Test
    void namesEveryMissingField() {
        assertProblem(quote("{}"), 400, "invalid-input")
                .body("errors.field", containsInAnyOrder("listingId", "checkIn", "checkOut", "adults"));
    }

    @Test
    void refusesACheckOutThatIsNotAfterTheCheckIn() {
        assertProblem(quote(parisDay(30), parisDay(30), 2), 400, "invalid-input").body("errors.field", equalTo(List.of("checkOut")));
        assertProblem(quote(parisDay(30), parisDay(29), 2), 400, "invalid-input").body("errors.field", equalTo(List.of("checkOut")));
    }

    @Test
    void refusesNoGuestsAndMoreThanFifty() {
        assertProblem(quote(parisDay(30), parisDay(32), 0), 400, "invalid-input").body("errors.field", equalTo(List.of("guests")));
        assertProblem(quote(parisDay(30), parisDay(32), 51), 400, "invalid-input").body("errors.field", equalTo(List.of("guests")));
    }

    @Test
    void refusesStaysLongerThanAYear() {
        assertProblem(quote(parisDay(30), parisDay(30 + 366), 2), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("checkOut")));
    }

    @Test
    void unknownAndUnreadableListingsAreNotFound() {
        assertProblem(quote(stay(UUID.randomUUID().toString(), parisDay(30), parisDay(32), 2)), 404, "listing-not-found");
        assertProblem(quote(stay("not-a-listing-id", parisDay(30), parisDay(32), 2)), 404, "listing-not-found");
    }

    @Test
    void draftListingsAreNotFound() {
        String draft = ListingFixtures.draft(host, Stays.listingIn("Quote Draft"));
        assertProblem(quote(stay(draft, parisDay(30), parisDay(32), 2)), 404, "listing-not-found");
    }

    @Test
    void refusesMoreGuestsThanTheListingHosts() {
        assertProblem(quote(parisDay(30), parisDay(32), 5), 422, "too-many-guests");
    }

    @Test
    void enforcesTheListingsMinimumAndMaximumNights() {
        assertProblem(quote(parisDay(30), parisDay(31), 2), 422, "stay-too-short");
        assertProblem(quote(parisDay(30), parisDay(41), 2), 422, "stay-too-long");
        quote(parisDay(30), parisDay(32), 2).then().statusCode(200);
        quote(parisDay(30), parisDay(40), 2).then().statusCode(200);
    }

    @Test
    void enforcesTheHostsAdvanceNotice() {
        assertProblem(quote(parisDay(2), parisDay(4), 2), 422, "too-little-notice");
        quote(parisDay(3), parisDay(5), 2).then().statusCode(200);
    }

    @Test
    void aStayThatWouldCostNothingIsNeitherQuotedNorBooked() {
        // 7 x 0.01 = 0.07, -99 % = -0.07: nothing left for the fees and taxes, nothing a gateway could authorize
        String penny = ListingFixtures.published(host, Stays.listingIn("Penny").add("pricing", Json.createObjectBuilder()
                .add("nightlyPrice", ListingFixtures.money("0.01", "EUR")).add("weeklyDiscountPercent", 99)));
        String week = stay(penny, parisDay(30), parisDay(37), 2);

        assertProblem(quote(week), 422, "stay-total-too-small").body("detail", containsString("0.01 EUR"));
        assertProblem(Api.as(TestUser.register("Penny Guest").accessToken()).body(week).post("/bookings"), 422, "stay-total-too-small");
        assertEquals(0, BookingRows.activeBookings(penny), "nothing is booked at no price");
        quote(stay(penny, parisDay(30), parisDay(31), 2)).then().statusCode(200).body("total.amount", equalTo("0.01"));
    }

    @Test
    void refusesACheckInInThePast() {
        assertProblem(quote(parisDay(-1), parisDay(2), 2), 422, "check-in-in-past");
    }

    @Test
    void nightsTheHostBlockedAreUnavailable() {
        LocalDate blocked = parisDay(50);
        Api.as(host.accessToken()).body(Json.createObjectBuilder().add("changes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", blocked.toString()).add("to", blocked.plusDays(1).toString())
                                .add("availability", "BLOCKED")))
                .build().toString()).put("/listings/" + listingId + "/calendar").then().statusCode(200);

        assertProblem(quote(blocked.minusDays(1), blocked.plusDays(1), 2), 409, "dates-unavailable");
        quote(blocked.plusDays(1), blocked.plusDays(3), 2).then().statusCode(200);
    }
}
