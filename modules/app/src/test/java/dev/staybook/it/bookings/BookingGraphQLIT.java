package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bookings over GraphQL with REST's rules: only a booking's guest and host see it, each as REST shows it to
 * them; booking and cancelling work as through REST; a page's listings and payments come in one batch each.
 */
@SystemTest
class BookingGraphQLIT {

    private static final String BOOKING = """
            query One($id: ID!) {
              booking(id: $id) { id status nights total { amount currency } hostPayout { amount }
                                 listing { id title } payment { status amount { amount } } }
            }""";
    private static final String MY_BOOKINGS = """
            query Mine($as: BookingsSide, $limit: Int) {
              myBookings(as: $as, limit: $limit) { items { id status listing { id title } payment { status } } nextCursor }
            }""";
    private static final String BOOK = """
            mutation Book($booking: BookingInput!, $key: String) {
              book(booking: $booking, idempotencyKey: $key) { id status checkIn checkOut nights total { amount currency } }
            }""";

    private static TestUser host;
    private static TestUser guest;
    private static String listing;
    private static String confirmed;

    @BeforeAll
    static void aConfirmedBooking() {
        host = TestUser.register("GraphQL Booking Host").asHost();
        guest = TestUser.register("GraphQL Guest");
        listing = Stays.instantBookListing(host, "GraphQL bookings");
        confirmed = Bookings.confirmed(guest, listing, parisDay(40), parisDay(43));
    }

    @Test
    void theGuestSeesTheBookingWithItsListingAndPaymentButNotTheHostsPayout() {
        JsonPath data = GraphQL.data(guest, BOOKING, variables().add("id", confirmed));

        assertEquals("CONFIRMED", data.getString("booking.status"));
        assertEquals(3, data.getInt("booking.nights"));
        assertEquals("403.00", data.getString("booking.total.amount"));
        assertNull(data.get("booking.hostPayout"), "the host's payout is the host's business");
        assertEquals(listing, data.getString("booking.listing.id"));
        assertEquals("CAPTURED", data.getString("booking.payment.status"));
        assertEquals(Bookings.view(guest, confirmed).getString("total.amount"), data.getString("booking.total.amount"));
    }

    @Test
    void theHostSeesTheirPayout() {
        JsonPath data = GraphQL.data(host, BOOKING, variables().add("id", confirmed));

        assertNotNull(data.get("booking.hostPayout.amount"));
        assertEquals(Bookings.view(host, confirmed).getString("hostPayout.amount"), data.getString("booking.hostPayout.amount"));
    }

    @Test
    void nobodyElseCanReadTheBookingNorLearnThatItExists() {
        TestUser stranger = TestUser.register("GraphQL Stranger");

        assertEquals("not-found", GraphQL.errorCode(stranger, BOOKING, variables().add("id", confirmed), "booking"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, BOOKING, variables().add("id", confirmed), "booking"));
        JsonPath strangersTrips = GraphQL.data(stranger, MY_BOOKINGS, variables().add("as", "GUEST"));
        assertEquals(List.of(), strangersTrips.getList("myBookings.items"));
        JsonPath strangersGuests = GraphQL.data(stranger, MY_BOOKINGS, variables().add("as", "HOST"));
        assertEquals(List.of(), strangersGuests.getList("myBookings.items"));
    }

    @Test
    void guestsListTheirTripsAndHostsTheBookingsOfTheirListings() {
        assertTrue(GraphQL.data(guest, MY_BOOKINGS, variables().add("as", "GUEST")).getList("myBookings.items.id").contains(confirmed));
        JsonPath hosting = GraphQL.data(host, MY_BOOKINGS, variables().add("as", "HOST"));
        assertTrue(hosting.getList("myBookings.items.id").contains(confirmed));
        assertEquals(List.of(), GraphQL.data(host, MY_BOOKINGS, variables().add("as", "GUEST")).getList("myBookings.items"));
    }

    @Test
    void listingsAndPaymentsOfAPageComeInOneBatchEach() {
        TestUser traveller = TestUser.register("GraphQL Traveller");
        String first = Bookings.confirmed(traveller, Stays.instantBookListing(host, "GraphQL batch"), parisDay(60), parisDay(62));
        Response one = tripsOnceCaptured(traveller, 1);
        for (int i = 0; i < 4; i++) {
            Bookings.confirmed(traveller, Stays.instantBookListing(host, "GraphQL batch"), parisDay(70 + 5 * i), parisDay(72 + 5 * i));
        }
        Response five = tripsOnceCaptured(traveller, 5);

        assertEquals(List.of(first), one.jsonPath().getList("data.myBookings.items.id"));
        assertEquals(5, five.jsonPath().getList("data.myBookings.items.listing.title").size());
        assertThat(GraphQL.statementCount(one), greaterThan(0));
        assertEquals(GraphQL.statementCount(one), GraphQL.statementCount(five),
                "five bookings cost the same statements as one: listings and payments are fetched in one batch each");
    }

    /** The traveller's trips once payments has captured every one (capture follows confirmation asynchronously). */
    private static Response tripsOnceCaptured(TestUser traveller, int trips) {
        return Eventually.until(trips + " captured payments", () -> GraphQL.post(traveller, MY_BOOKINGS, variables().add("as", "GUEST")),
                page -> page.jsonPath().getList("data.myBookings.items.payment.status").stream().filter("CAPTURED"::equals).count() == trips);
    }

    @Test
    void aGuestBooksAndCancelsThroughGraphQL() {
        TestUser booker = TestUser.register("GraphQL Booker");
        // built once: a JsonObjectBuilder empties itself when it builds, and the replay must send the same booking
        JsonObject booking = Json.createObjectBuilder().add("listingId", listing)
                .add("checkIn", parisDay(90).toString()).add("checkOut", parisDay(92).toString()).add("guests", 2).build();

        JsonPath booked = GraphQL.data(booker, BOOK, variables().add("booking", booking).add("key", "graphql-" + booker.id()));
        String id = booked.getString("book.id");
        assertEquals(2, booked.getInt("book.nights"));
        assertEquals(id, GraphQL.data(booker, BOOK, variables().add("booking", booking).add("key", "graphql-" + booker.id()))
                .getString("book.id"), "the same Idempotency key replays the booking");
        Bookings.awaitStatus(booker, id, "CONFIRMED");

        JsonPath cancelled = GraphQL.data(booker, """
                mutation Cancel($id: ID!) { cancelBooking(id: $id, reason: "plans changed") { id status refundTotal { amount } } }""",
                variables().add("id", id));
        assertEquals("CANCELLED_BY_GUEST", cancelled.getString("cancelBooking.status"));
        assertEquals("CANCELLED_BY_GUEST", Bookings.view(booker, id).getString("status"));
    }

    @Test
    void takenDatesAndBadInputAreErrorsWithTheirCategory() {
        TestUser late = TestUser.register("GraphQL Late");
        JsonObjectBuilder taken = Json.createObjectBuilder().add("listingId", listing)
                .add("checkIn", parisDay(41).toString()).add("checkOut", parisDay(42).toString()).add("guests", 1);
        assertEquals("conflict", GraphQL.errorCode(late, BOOK, variables().add("booking", taken), "book"));

        JsonObjectBuilder backwards = Json.createObjectBuilder().add("listingId", listing)
                .add("checkIn", parisDay(50).toString()).add("checkOut", "not a date").add("guests", 1);
        assertEquals("invalid-input", GraphQL.errorCode(late, BOOK, variables().add("booking", backwards), "book"));

        JsonObjectBuilder nowhere = Json.createObjectBuilder()
                .add("checkIn", parisDay(50).toString()).add("checkOut", parisDay(52).toString()).add("guests", 1);
        assertEquals("invalid-input", GraphQL.errorCode(late, BOOK, variables().add("booking", nowhere), "book"));
    }

    @Test
    void anExplicitNullInsteadOfADefaultIsInvalidInput() {
        TestUser someone = TestUser.register("GraphQL Null Limit");
        assertEquals("invalid-input", GraphQL.errorCode(someone, "{ myBookings(limit: null) { items { id } } }", null, "myBookings"));
        assertEquals("invalid-input", GraphQL.errorCode(someone, "{ myBookings(as: null) { items { id } } }", null, "myBookings"));
    }

    private static JsonObjectBuilder variables() {
        return Json.createObjectBuilder();
    }
}
