package dev.staybook.it.listings;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Listings over GraphQL: the same search and visibility as REST, details with host, calendar and reviews,
 * creating listings with the same checks, and hosts fetched in one batch whatever the page's size.
 */
@SystemTest
class ListingGraphQLIT {

    private static final String SEARCH = """
            query Search($city: String, $limit: Int) {
              listings(city: $city, limit: $limit) { items { id title nightlyPrice { amount currency } host { id name } } nextCursor }
            }""";
    private static final String DETAILS = """
            query Details($id: ID!, $from: String, $to: String) {
              listing(id: $id) {
                id status title timeZone nightlyPrice { amount currency }
                host { id name }
                calendar(from: $from, to: $to) { date status price { amount } minNights note }
                reviews(limit: 5) { items { id } nextCursor rating { average count } }
              }
            }""";

    /** JsonPath reads JSON numbers as floats: coordinates compare to about a metre. */
    private static final double AS_FLOAT = 1e-5;

    private static TestUser host;
    private static String city;
    private static List<String> published;
    private static String draft;

    @BeforeAll
    static void threePublishedListingsAndADraft() {
        host = TestUser.register("GraphQL Host").asHost();
        city = ListingFixtures.uniqueCity("GraphQL");
        published = IntStream.range(0, 3).mapToObj(i -> ListingFixtures.published(host, ListingFixtures.listing(city, 48.85, 2.35))).toList();
        draft = ListingFixtures.draft(host, ListingFixtures.listing(city, 48.85, 2.35));
    }

    @Test
    void searchFindsWhatRestFindsWithEachListingsHost() {
        JsonPath data = GraphQL.data(null, SEARCH, variables().add("city", city));

        List<String> restIds = Api.anonymous().queryParam("city", city).get("/listings").then().statusCode(200).extract().path("items.id");
        assertEquals(restIds, data.getList("listings.items.id"));
        assertEquals(3, restIds.size(), "drafts are not found");
        assertEquals(List.of(host.name(), host.name(), host.name()), data.getList("listings.items.host.name"));
        assertEquals("100.00", data.getString("listings.items[0].nightlyPrice.amount"));
        assertNull(data.get("listings.nextCursor"));
    }

    @Test
    void hostsOfAPageComeFromOneQueryWhateverTheNumberOfListingsAndHosts() {
        String lonelyCity = ListingFixtures.uniqueCity("GraphQL one");
        ListingFixtures.published(TestUser.register("Only Host").asHost(), ListingFixtures.listing(lonelyCity, 45.76, 4.83));
        String busyCity = ListingFixtures.uniqueCity("GraphQL six");
        for (int i = 0; i < 6; i++) {
            ListingFixtures.published(TestUser.register("Host " + i).asHost(), ListingFixtures.listing(busyCity, 45.76, 4.83));
        }

        Response one = GraphQL.post(null, SEARCH, variables().add("city", lonelyCity));
        Response six = GraphQL.post(null, SEARCH, variables().add("city", busyCity));

        assertEquals(1, one.jsonPath().getList("data.listings.items.host.name").size());
        assertEquals(6, six.jsonPath().getList("data.listings.items.host.name").stream().distinct().count());
        assertThat(GraphQL.statementCount(one), greaterThan(0));
        assertEquals(GraphQL.statementCount(one), GraphQL.statementCount(six),
                "six listings of six hosts cost the same statements as one listing: hosts are fetched in one batch");
    }

    @Test
    void theExactPlaceIsForTheHostOthersSeeItToAboutAKilometreAsOverRest() {
        String lyon = ListingFixtures.uniqueCity("GraphQL place");
        String listing = ListingFixtures.published(host, ListingFixtures.listing(lyon, 45.764043, 4.835659));
        String place = "query Place($id: ID!) { listing(id: $id) { latitude longitude } }";
        String card = "query Card($city: String) { listings(city: $city) { items { latitude longitude } } }";

        JsonPath anonymous = GraphQL.data(null, place, variables().add("id", listing));
        assertEquals(45.76, anonymous.getDouble("listing.latitude"), AS_FLOAT);
        assertEquals(4.84, anonymous.getDouble("listing.longitude"), AS_FLOAT);
        JsonPath cards = GraphQL.data(null, card, variables().add("city", lyon));
        assertEquals(45.76, cards.getDouble("listings.items[0].latitude"), AS_FLOAT);
        assertEquals(4.84, cards.getDouble("listings.items[0].longitude"), AS_FLOAT);
        JsonPath own = GraphQL.data(host, place, variables().add("id", listing));
        assertEquals(45.764043, own.getDouble("listing.latitude"), AS_FLOAT);
        assertEquals(4.835659, own.getDouble("listing.longitude"), AS_FLOAT);
    }

    @Test
    void detailsCarryTheHostTheCalendarAndTheReviews() {
        LocalDate from = LocalDate.now().plusDays(30);
        JsonPath data = GraphQL.data(null, DETAILS, variables().add("id", published.get(0))
                .add("from", from.toString()).add("to", from.plusDays(7).toString()));

        assertEquals("PUBLISHED", data.getString("listing.status"));
        assertEquals(host.id(), data.getString("listing.host.id"));
        assertEquals(7, data.getList("listing.calendar").size());
        assertEquals(from.toString(), data.getString("listing.calendar[0].date"));
        assertEquals("AVAILABLE", data.getString("listing.calendar[0].status"));
        assertEquals("100.00", data.getString("listing.calendar[0].price.amount"));
        assertEquals(1, data.getInt("listing.calendar[0].minNights"));
        assertEquals(null, data.getString("listing.calendar[0].note"));
        assertEquals(List.of(), data.getList("listing.reviews.items"));
        assertEquals(0, data.getInt("listing.reviews.rating.count"));
    }

    @Test
    void aDraftIsOnlyForItsHost() {
        assertEquals("DRAFT", GraphQL.data(host, DETAILS, variables().add("id", draft)).getString("listing.status"));

        assertEquals("not-found", GraphQL.errorCode(null, DETAILS, variables().add("id", draft), "listing"));
        assertEquals("not-found", GraphQL.errorCode(TestUser.register("Curious"), DETAILS, variables().add("id", draft), "listing"));
        assertEquals("not-found", GraphQL.errorCode(null, DETAILS, variables().add("id", "not-an-id"), "listing"));
    }

    @Test
    void hostsCreateListingsWithTheChecksOfRest() {
        String create = """
                mutation Create($listing: ListingInput!) { createListing(listing: $listing) { id status title host { id } } }""";
        JsonObjectBuilder listing = ListingFixtures.listing(ListingFixtures.uniqueCity("GraphQL new"), 43.3, 5.4);

        JsonPath created = GraphQL.data(host, create, variables().add("listing", listing));
        assertEquals("DRAFT", created.getString("createListing.status"));
        assertEquals(host.id(), created.getString("createListing.host.id"));
        Api.as(host.accessToken()).get("/listings/" + created.getString("createListing.id")).then().statusCode(200);

        TestUser guest = TestUser.register("Not A Host");
        JsonObjectBuilder another = ListingFixtures.listing(ListingFixtures.uniqueCity("GraphQL new"), 43.3, 5.4);
        assertEquals("forbidden", GraphQL.errorCode(guest, create, variables().add("listing", another), "createListing"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, create, variables().add("listing", another), "createListing"));

        JsonObjectBuilder untitled = ListingFixtures.listing(ListingFixtures.uniqueCity("GraphQL new"), 43.3, 5.4).add("title", " ");
        JsonPath refused = GraphQL.post(host, create, variables().add("listing", untitled)).then().statusCode(200).extract().jsonPath();
        assertEquals("invalid-input", refused.getString("errors[0].extensions.code"));
        assertThat("the message names the field", refused.getString("errors[0].message"), containsString("title"));
    }

    @Test
    void aQueryOutsideTheSchemaOrABodyThatIsNotJsonIsA400WithAGraphQLError() {
        JsonPath unknownField = GraphQL.request(null).body("{\"query\": \"{ listings { items { price } } }\"}").post("/graphql")
                .then().statusCode(400).extract().jsonPath();
        assertEquals("ValidationError", unknownField.getString("errors[0].extensions.classification"));
        assertThat(unknownField.getString("errors[0].message"), containsString("/graphql/schema.graphql"));

        JsonPath notJson = GraphQL.request(null).body("{ listings").post("/graphql").then().statusCode(400).extract().jsonPath();
        assertEquals("InvalidSyntax", notJson.getString("errors[0].extensions.classification"));
    }

    private static JsonObjectBuilder variables() {
        return Json.createObjectBuilder();
    }
}
