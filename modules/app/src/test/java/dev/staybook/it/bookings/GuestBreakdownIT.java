package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who comes on a stay (issue 12): adults, children, infants and pets on quotes and bookings, over REST and
 * GraphQL. Both listings host at most 4 guests; adults and children count, infants do not; pets only where the
 * house rules allow them. A plain {@code guests} number still means that many adults.
 */
@SystemTest
class GuestBreakdownIT {

    private static TestUser host;
    private static String petFriendly;
    private static String noPets;

    @BeforeAll
    static void listings() {
        host = TestUser.register("Breakdown Host").asHost();
        petFriendly = Stays.petFriendlyListing(host, "Breakdown pets");
        noPets = Stays.instantBookListing(host, "Breakdown no pets");
    }

    private static JsonObjectBuilder stay(String listingId, LocalDate checkIn) {
        return Json.createObjectBuilder().add("listingId", listingId).add("checkIn", checkIn.toString())
                .add("checkOut", checkIn.plusDays(3).toString());
    }

    private static JsonObjectBuilder party(JsonObjectBuilder stay, int adults, int children, int infants, int pets) {
        return stay.add("adults", adults).add("children", children).add("infants", infants).add("pets", pets);
    }

    private static Response quote(JsonObjectBuilder body) {
        return Api.anonymous().body(body.build().toString()).post("/quotes");
    }

    private static Response book(TestUser guest, JsonObjectBuilder body) {
        return Api.as(guest.accessToken()).body(body.build().toString()).post("/bookings");
    }

    private static ValidatableResponse hasParty(ValidatableResponse response, int guests, int adults, int children, int infants, int pets) {
        return response.body("guests", equalTo(guests)).body("adults", equalTo(adults)).body("children", equalTo(children))
                .body("infants", equalTo(infants)).body("pets", equalTo(pets));
    }

    @Test
    void quotesAndBooksAFamilyWithItsDogInfantsNotCounted() {
        TestUser guest = TestUser.register("Breakdown Family");
        LocalDate checkIn = parisDay(30);
        // 2 adults + 2 children fill the 4 places; the infants do not count; the price does not depend on the party
        hasParty(quote(party(stay(petFriendly, checkIn), 2, 2, 2, 1)).then().statusCode(200), 4, 2, 2, 2, 1)
                .body("total.amount", equalTo("403.00"));

        String id = hasParty(book(guest, party(stay(petFriendly, checkIn), 2, 2, 2, 1)).then().statusCode(201), 4, 2, 2, 2, 1)
                .body("total.amount", equalTo("403.00")).extract().path("id");
        hasParty(Api.as(guest.accessToken()).get("/bookings/" + id).then().statusCode(200), 4, 2, 2, 2, 1);
        hasParty(Api.as(host.accessToken()).get("/bookings/" + id).then().statusCode(200), 4, 2, 2, 2, 1);
        hasParty(Api.as(host.accessToken()).queryParam("as", "host").get("/bookings").then().statusCode(200)
                .rootPath("items.find { it.id == '%s' }".formatted(id)), 4, 2, 2, 2, 1);
    }

    @Test
    void childrenCountAgainstTheMaximumAndAtMostFiveInfantsOrPetsCome() {
        LocalDate checkIn = parisDay(35);
        assertProblem(quote(party(stay(petFriendly, checkIn), 3, 2, 0, 0)), 422, "too-many-guests");
        hasParty(quote(party(stay(petFriendly, checkIn), 4, 0, 5, 5)).then().statusCode(200), 4, 4, 0, 5, 5);
        assertProblem(quote(party(stay(petFriendly, checkIn), 2, 0, 6, 0)), 422, "too-many-infants");
        assertProblem(quote(party(stay(petFriendly, checkIn), 2, 0, 0, 6)), 422, "too-many-pets");
    }

    @Test
    void refusesPetsUntilTheHostAllowsThem() {
        TestUser guest = TestUser.register("Breakdown Dog Owner");
        String listing = Stays.instantBookListing(host, "Breakdown later pets");
        LocalDate checkIn = parisDay(40);
        assertProblem(quote(party(stay(listing, checkIn), 1, 0, 0, 1)), 422, "pets-not-allowed");
        assertProblem(book(guest, party(stay(listing, checkIn), 1, 0, 0, 1)), 422, "pets-not-allowed");

        Api.as(host.accessToken()).body(Json.createObjectBuilder()
                        .add("houseRules", Json.createObjectBuilder().add("petsAllowed", true)).build().toString())
                .patch("/listings/" + listing).then().statusCode(200).body("houseRules.petsAllowed", equalTo(true));
        hasParty(book(guest, party(stay(listing, checkIn), 1, 0, 0, 1)).then().statusCode(201), 1, 1, 0, 0, 1);
    }

    @Test
    void aPlainNumberOfGuestsStillMeansAdults() {
        TestUser guest = TestUser.register("Breakdown Old Client");
        LocalDate checkIn = parisDay(45);
        hasParty(quote(stay(noPets, checkIn).add("guests", 3)).then().statusCode(200), 3, 3, 0, 0, 0);
        hasParty(book(guest, stay(noPets, checkIn).add("guests", 3)).then().statusCode(201), 3, 3, 0, 0, 0);
        // children next to the old number: it names the adults
        hasParty(quote(stay(noPets, parisDay(50)).add("guests", 2).add("children", 2)).then().statusCode(200), 4, 2, 2, 0, 0);
        assertProblem(quote(stay(noPets, parisDay(50)).add("guests", 3).add("children", 2)), 422, "too-many-guests");
    }

    @Test
    void namesTheGuestFieldsAtFault() {
        LocalDate checkIn = parisDay(55);
        assertProblem(quote(party(stay(noPets, checkIn), 0, -1, 51, -1)), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("adults", "children", "infants", "pets")));
        assertProblem(quote(stay(noPets, checkIn).add("guests", 2).add("adults", 2)), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("guests")));
        assertProblem(quote(stay(noPets, checkIn).add("children", 2)), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("adults")));
        assertProblem(quote(stay(noPets, checkIn).add("adults", "two")), 400, "malformed-json");
        // a fraction is refused, not cut off to one adult; a whole number written with one is that number
        assertProblem(quote(stay(noPets, checkIn).add("adults", new BigDecimal("1.5"))), 400, "malformed-json")
                .body("errors.field", equalTo(List.of("adults")));
        hasParty(quote(stay(noPets, checkIn).add("adults", new BigDecimal("2.0"))).then().statusCode(200), 2, 2, 0, 0, 0);
        // text where a number belongs, and a number where text belongs, are refused, not converted
        assertProblem(quote(stay(noPets, checkIn).add("adults", "2")), 400, "malformed-json").body("errors.field", equalTo(List.of("adults")));
        assertProblem(book(TestUser.register("Breakdown Number Message"), stay(noPets, checkIn).add("adults", 1).add("message", 5)),
                400, "malformed-json").body("errors.field", equalTo(List.of("message")));
        assertProblem(book(TestUser.register("Breakdown Typo"), stay(noPets, checkIn).add("adults", 1).add("pets", -1)),
                400, "invalid-input").body("errors.field", equalTo(List.of("pets")));
    }

    @Test
    void anIdempotencyKeyTellsBreakdownsApart() {
        TestUser guest = TestUser.register("Breakdown Retry");
        LocalDate checkIn = parisDay(60);
        String key = UUID.randomUUID().toString();
        String id = Api.as(guest.accessToken()).header("Idempotency-Key", key).body(stay(noPets, checkIn).add("guests", 2).build().toString())
                .post("/bookings").then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        // the same request, its adults under their new name
        Api.as(guest.accessToken()).header("Idempotency-Key", key).body(stay(noPets, checkIn).add("adults", 2).build().toString())
                .post("/bookings").then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(id));
        // as many people, but one of them a child: another request
        assertProblem(Api.as(guest.accessToken()).header("Idempotency-Key", key)
                .body(party(stay(noPets, checkIn), 1, 1, 0, 0).build().toString()).post("/bookings"), 422, "idempotency-key-reused");
        assertProblem(Api.as(guest.accessToken()).header("Idempotency-Key", key)
                .body(party(stay(noPets, checkIn), 2, 0, 1, 0).build().toString()).post("/bookings"), 422, "idempotency-key-reused");
    }

    @Test
    void graphQLBooksAndShowsTheBreakdown() {
        TestUser guest = TestUser.register("Breakdown GraphQL");
        String book = """
                mutation Book($booking: BookingInput!) {
                  book(booking: $booking) { id guests adults children infants pets }
                }""";
        JsonPath booked = GraphQL.data(guest, book, Json.createObjectBuilder()
                .add("booking", party(stay(petFriendly, parisDay(65)), 2, 1, 1, 2)));
        assertEquals(List.of(3, 2, 1, 1, 2), List.of(booked.getInt("book.guests"), booked.getInt("book.adults"),
                booked.getInt("book.children"), booked.getInt("book.infants"), booked.getInt("book.pets")));

        JsonPath shown = GraphQL.data(host, "query One($id: ID!) { booking(id: $id) { guests adults children infants pets } }",
                Json.createObjectBuilder().add("id", booked.getString("book.id")));
        assertEquals(List.of(3, 2, 1, 1, 2), List.of(shown.getInt("booking.guests"), shown.getInt("booking.adults"),
                shown.getInt("booking.children"), shown.getInt("booking.infants"), shown.getInt("booking.pets")));

        assertEquals("rule-violation", GraphQL.errorCode(guest, book,
                Json.createObjectBuilder().add("booking", party(stay(noPets, parisDay(65)), 1, 0, 0, 1)), "book"));
        assertEquals("invalid-input", GraphQL.errorCode(guest, book,
                Json.createObjectBuilder().add("booking", stay(noPets, parisDay(70)).add("guests", 1).add("adults", 1)), "book"));
        // the old number alone still books
        assertEquals(2, GraphQL.data(guest, book, Json.createObjectBuilder().add("booking", stay(noPets, parisDay(75)).add("guests", 2)))
                .getInt("book.adults"));
    }
}
