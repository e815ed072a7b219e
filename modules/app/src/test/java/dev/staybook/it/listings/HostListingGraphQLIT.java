package dev.staybook.it.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host edits, publishes and unpublishes a listing and changes its calendar over GraphQL, with the rules of
 * PATCH /listings/{id}, its publish and unpublish and PUT .../calendar: only the listing's host may, and the
 * same input is refused.
 */
@SystemTest
class HostListingGraphQLIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String UPDATE = """
            mutation Update($id: ID!, $listing: ListingInput!) {
              updateListing(id: $id, listing: $listing) { id title guests city nightlyPrice { amount currency } status }
            }""";
    private static final String UPDATE_IF_MATCH = """
            mutation Update($id: ID!, $listing: ListingInput!, $ifMatch: String) {
              updateListing(id: $id, listing: $listing, ifMatch: $ifMatch) { id title etag }
            }""";
    private static final String PUBLISH = "mutation Publish($id: ID!) { publishListing(id: $id) { id status } }";
    private static final String UNPUBLISH = "mutation Unpublish($id: ID!) { unpublishListing(id: $id) { id status } }";
    private static final String CALENDAR = """
            mutation Calendar($id: ID!, $changes: [CalendarChangeInput!]!) {
              updateCalendar(id: $id, changes: $changes) { date status price { amount currency } minNights note }
            }""";

    private static TestUser host;
    private static TestUser guest;
    private static TestUser otherHost;

    @BeforeAll
    static void users() {
        host = TestUser.register("GraphQL Editing Host").asHost();
        guest = TestUser.register("GraphQL Editing Guest");
        otherHost = TestUser.register("GraphQL Other Editing Host").asHost();
    }

    @Test
    void theHostChangesSomeFieldsAndTheOthersStay() {
        String id = ListingFixtures.published(host, listing());

        JsonPath changed = GraphQL.data(host, UPDATE, variables(id).add("listing", Json.createObjectBuilder()
                .add("title", "Loft with a view").add("capacity", Json.createObjectBuilder().add("guests", 6))));

        assertEquals("Loft with a view", changed.getString("updateListing.title"));
        assertEquals(6, changed.getInt("updateListing.guests"));
        assertEquals("100.00", changed.getString("updateListing.nightlyPrice.amount"), "what was left out stays");
        JsonPath rest = Api.as(host.accessToken()).get("/listings/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("Loft with a view", rest.getString("title"));
        assertEquals(6, rest.getInt("capacity.guests"));
        assertEquals(2, rest.getInt("capacity.bedrooms"), "objects merge field by field, as in a merge patch");
    }

    @Test
    void invalidChangesAreRefusedAsRestRefusesThem() {
        String id = ListingFixtures.published(host, listing());

        assertEquals("invalid-input", GraphQL.errorCode(host, UPDATE, variables(id).add("listing",
                Json.createObjectBuilder().add("capacity", Json.createObjectBuilder().add("guests", 0))), "updateListing"));
        assertEquals("invalid-input", GraphQL.errorCode(host, UPDATE, variables(id).add("listing",
                Json.createObjectBuilder().add("publish", true)), "updateListing"));
        assertEquals("invalid-input", GraphQL.errorCode(host, UPDATE, variables(id).add("listing", Json.createObjectBuilder()
                .add("location", Json.createObjectBuilder().add("latitude", "NaN").add("longitude", 2.35))), "updateListing"));
        assertEquals("Bright loft near the river", Api.anonymous().get("/listings/" + id).then().statusCode(200)
                .extract().path("title"), "nothing changed");
    }

    @Test
    void aChangeWithIfMatchIsMadeOnlyOnTheListingAsRead() {
        String id = ListingFixtures.published(host, listing());
        String etag = GraphQL.data(host, "query Read($id: ID!) { listing(id: $id) { etag } }", variables(id))
                .getString("listing.etag");
        assertEquals(Api.as(host.accessToken()).get("/listings/" + id).then().statusCode(200).extract().header("ETag"),
                "\"" + etag + "\"", "the tag REST gives the same reader");

        JsonPath changed = GraphQL.data(host, UPDATE_IF_MATCH, variables(id).add("ifMatch", etag)
                .add("listing", Json.createObjectBuilder().add("title", "Changed on the phone")));
        assertEquals("Changed on the phone", changed.getString("updateListing.title"));
        String newTag = changed.getString("updateListing.etag");

        assertEquals("precondition-failed", GraphQL.errorCode(host, UPDATE_IF_MATCH, variables(id).add("ifMatch", etag)
                .add("listing", Json.createObjectBuilder().add("title", "Changed on the laptop")), "updateListing"),
                "the laptop read the listing before the phone changed it");
        assertEquals("Changed on the phone", Api.anonymous().get("/listings/" + id).then().extract().path("title"), "nothing changed");
        assertEquals("Changed over REST", Api.as(host.accessToken()).header("If-Match", "\"" + newTag + "\"")
                .body(Json.createObjectBuilder().add("title", "Changed over REST").build().toString())
                .patch("/listings/" + id).then().statusCode(200).extract().path("title"), "REST takes the tag GraphQL gave");
    }

    @Test
    void theHostUnpublishesAndPublishesAgain() {
        String id = ListingFixtures.published(host, listing());

        assertEquals("UNPUBLISHED", GraphQL.data(host, UNPUBLISH, variables(id)).getString("unpublishListing.status"));
        Api.anonymous().get("/listings/" + id).then().statusCode(404);
        assertEquals("conflict", GraphQL.errorCode(host, UNPUBLISH, variables(id), "unpublishListing"));
        assertEquals("PUBLISHED", GraphQL.data(host, PUBLISH, variables(id)).getString("publishListing.status"));
        Api.anonymous().get("/listings/" + id).then().statusCode(200);
    }

    @Test
    void aDraftWithoutADescriptionCannotBePublished() {
        String draft = ListingFixtures.draft(host, listing().remove("description"));

        // REST's 422 listing-incomplete: a RuleViolation, which GraphQL reports by its category
        assertEquals("rule-violation", GraphQL.errorCode(host, PUBLISH, variables(draft), "publishListing"));
    }

    @Test
    void onlyTheListingsHostMayChangeIt() {
        String id = ListingFixtures.published(host, listing());
        String draft = ListingFixtures.draft(host, listing());
        JsonObjectBuilder title = Json.createObjectBuilder().add("title", "Mine now");

        assertEquals("forbidden", GraphQL.errorCode(guest, UPDATE, variables(id).add("listing", title), "updateListing"));
        assertEquals("forbidden", GraphQL.errorCode(otherHost, UNPUBLISH, variables(id), "unpublishListing"));
        assertEquals("forbidden", GraphQL.errorCode(otherHost, CALENDAR, variables(id).add("changes", changes(
                change(10, 12).add("availability", "BLOCKED"))), "updateCalendar"));
        assertEquals("not-found", GraphQL.errorCode(otherHost, PUBLISH, variables(draft), "publishListing"),
                "another host's draft does not exist for them");
        assertEquals("unauthenticated", GraphQL.errorCode(null, UPDATE, variables(id).add("listing",
                Json.createObjectBuilder().add("title", "Anyone's")), "updateListing"));
        assertEquals("Bright loft near the river", Api.anonymous().get("/listings/" + id).then().statusCode(200)
                .extract().path("title"), "nothing changed");
        assertEquals("AVAILABLE", night(id, 10));
    }

    @Test
    void theHostBlocksAndRepricesNightsAndReturnsToTheBasePrice() {
        String id = ListingFixtures.published(host, listing());

        JsonPath changed = GraphQL.data(host, CALENDAR, variables(id).add("changes", changes(
                change(10, 12).add("availability", "BLOCKED").add("note", "painting"),
                change(20, 21).add("price", ListingFixtures.money("150.00", "EUR")))));

        List<String> statuses = changed.getList("updateCalendar.status");
        assertEquals(11, statuses.size(), "the nights from the first change's to the last one's");
        assertEquals("BLOCKED", statuses.get(0));
        assertEquals("painting", changed.getString("updateCalendar[0].note"), "the host reads their note, as over REST");
        assertEquals(1, changed.getInt("updateCalendar[0].minNights"));
        JsonPath guestsView = GraphQL.data(guest, "query Night($id: ID!, $from: String, $to: String) { listing(id: $id) {"
                + " calendar(from: $from, to: $to) { status note } } }", variables(id).add("from", day(10).toString()).add("to", day(11).toString()));
        assertEquals("BLOCKED", guestsView.getString("listing.calendar[0].status"));
        assertEquals(null, guestsView.getString("listing.calendar[0].note"), "a host's notes are for the host");
        assertEquals("150.00", changed.getString("updateCalendar[10].price.amount"));
        assertEquals("BLOCKED", night(id, 10));
        JsonPath reset = GraphQL.data(host, CALENDAR, variables(id).add("changes", changes(change(20, 21).add("resetPrice", true))));
        assertEquals("100.00", reset.getString("updateCalendar[0].price.amount"));
    }

    @Test
    void invalidCalendarChangesAreRefusedAllTogether() {
        String id = ListingFixtures.published(host, listing());

        assertEquals("invalid-input", GraphQL.errorCode(host, CALENDAR, variables(id).add("changes", changes(
                change(10, 12).add("availability", "BLOCKED"), change(14, 13))), "updateCalendar"));
        assertEquals("invalid-input", GraphQL.errorCode(host, CALENDAR, variables(id).add("changes", changes(
                change(10, 12).add("price", ListingFixtures.money("150.00", "USD")))), "updateCalendar"), "not the listing's currency");
        assertEquals("invalid-input", GraphQL.errorCode(host, CALENDAR, variables(id).add("changes", changes(
                change(10, 12).add("price", ListingFixtures.money("150.00", "EUR")).add("resetPrice", true))), "updateCalendar"));
        assertEquals("AVAILABLE", night(id, 10), "none applied");
    }

    @Test
    void bookedNightsCannotBeBlocked() {
        String id = ListingFixtures.published(host, listing());
        StayFixtures.place(TestUser.register("GraphQL Guest"), id, day(30), day(32));

        assertEquals("conflict", GraphQL.errorCode(host, CALENDAR, variables(id).add("changes", changes(
                change(29, 31).add("availability", "BLOCKED"))), "updateCalendar"));
    }

    private static JsonObjectBuilder listing() {
        return ListingFixtures.listing(ListingFixtures.uniqueCity("GraphQL edits"), 48.85, 2.35);
    }

    private static String night(String id, int fromToday) {
        return Api.anonymous().queryParam("from", day(fromToday).toString()).queryParam("to", day(fromToday + 1).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200).extract().path("days[0].status");
    }

    private static LocalDate day(int fromToday) {
        return LocalDate.now(PARIS).plusDays(fromToday);
    }

    private static JsonObjectBuilder change(int from, int to) {
        return Json.createObjectBuilder().add("from", day(from).toString()).add("to", day(to).toString());
    }

    private static JsonArrayBuilder changes(JsonObjectBuilder... changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder change : changes) {
            array.add(change);
        }
        return array;
    }

    private static JsonObjectBuilder variables(String id) {
        return Json.createObjectBuilder().add("id", id);
    }
}
