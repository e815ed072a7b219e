package dev.staybook.it.listings;

import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity tags on listings: a reader revalidates its copy (If-None-Match, 304), and a host's change is made only on the
 * listing as the host last read it (If-Match, 412 listing-changed otherwise), so two devices editing at once do not
 * overwrite each other unknowingly.
 */
@SystemTest
class ListingConditionalRequestsIT {

    private static TestUser host;

    @BeforeAll
    static void users() {
        host = TestUser.register("Conditional Host").asHost();
    }

    private static String newListing() {
        return ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Tagged"), 41.0, 2.0));
    }

    private static String etag(String token, String listing) {
        var request = token == null ? Api.anonymous() : Api.as(token);
        String tag = request.get("/listings/" + listing).then().statusCode(200).extract().header("ETag");
        assertTrue(tag != null && tag.matches("\"[A-Za-z0-9_-]{22}\""), "a strong entity tag: " + tag);
        return tag;
    }

    @Test
    void aReaderRevalidatesItsCopyUntilTheListingChanges() {
        String id = newListing();
        String tag = etag(null, id);
        assertEquals(tag, etag(null, id), "the cached copy has the tag of the copy first sent");

        Api.anonymous().header("If-None-Match", tag).get("/listings/" + id).then().statusCode(304)
                .header("ETag", equalTo(tag)).body(emptyString());
        Api.anonymous().header("If-None-Match", "\"someone-elses-copy\"").get("/listings/" + id).then().statusCode(200);

        Api.as(host.accessToken()).body(Json.of("title", "Brighter loft")).patch("/listings/" + id).then().statusCode(200);
        Api.anonymous().header("If-None-Match", tag).get("/listings/" + id).then().statusCode(200)
                .body("title", equalTo("Brighter loft"));
        assertNotEquals(tag, etag(null, id));
    }

    @Test
    void aHostsChangeWithIfMatchIsMadeOnlyOnTheListingAsRead() {
        String id = newListing();
        String read = etag(host.accessToken(), id);
        assertNotEquals(etag(null, id), read, "the host reads the exact address, a guest does not: another representation");

        String changed = Api.as(host.accessToken()).header("If-Match", read).body(Json.of("title", "Renamed on the phone"))
                .patch("/listings/" + id).then().statusCode(200).body("title", equalTo("Renamed on the phone"))
                .extract().header("ETag");
        assertEquals(changed, etag(host.accessToken(), id), "the answer's tag is the one the next read gives");

        // the laptop still holds the first read: its change would undo the phone's
        assertProblem(Api.as(host.accessToken()).header("If-Match", read).body(Json.of("title", "Renamed on the laptop"))
                .patch("/listings/" + id), 412, "listing-changed");
        Api.as(host.accessToken()).get("/listings/" + id).then().body("title", equalTo("Renamed on the phone"));

        Api.as(host.accessToken()).header("If-Match", changed).body(Json.of("title", "Renamed on the laptop, after reading"))
                .patch("/listings/" + id).then().statusCode(200);
        Api.as(host.accessToken()).header("If-Match", "*").body(Json.of("title", "Any version will do"))
                .patch("/listings/" + id).then().statusCode(200);
    }

    @Test
    void searchPagesCarryTagsToo() {
        String city = ListingFixtures.uniqueCity("Tagged search");
        ListingFixtures.published(host, listing(city, 41.0, 2.0));
        String tag = Api.anonymous().queryParam("city", city).get("/listings").then().statusCode(200).extract().header("ETag");

        Api.anonymous().queryParam("city", city).header("If-None-Match", tag).get("/listings").then().statusCode(304);
    }

    @Test
    void aTagWeakenedByAProxyOrOneOfSeveralStillNamesTheCopy() {
        String id = newListing();
        String tag = etag(null, id);

        // proxies that compress a body weaken its tag (nginx's gzip): RFC 9110 compares If-None-Match weakly
        Api.anonymous().header("If-None-Match", "W/" + tag).get("/listings/" + id).then().statusCode(304)
                .header("ETag", equalTo(tag));
        Api.anonymous().header("If-None-Match", "\"an-older-copy\", " + tag).get("/listings/" + id).then().statusCode(304);
        Api.anonymous().header("If-None-Match", "*").get("/listings/" + id).then().statusCode(304);
        Api.anonymous().header("If-None-Match", "W/\"an-older-copy\"").get("/listings/" + id).then().statusCode(200);
    }

    @Test
    void otherWritesStillRefuseATag() {
        String id = newListing();
        assertProblem(Api.as(host.accessToken()).header("If-Match", etag(host.accessToken(), id)).post("/listings/" + id + "/unpublish"),
                412, "precondition-failed");
        Api.as(host.accessToken()).get("/listings/" + id).then().body("status", equalTo("PUBLISHED"));
        // on a write, If-None-Match asks that the resource not exist yet, or not be as tagged: none compares it
        assertProblem(Api.as(host.accessToken()).header("If-None-Match", "*").body(Json.of("title", "Only if new"))
                .patch("/listings/" + id), 412, "precondition-failed");
        assertProblem(Api.as(host.accessToken()).header("If-None-Match", etag(host.accessToken(), id)).post("/listings/" + id + "/unpublish"),
                412, "precondition-failed");
        Api.as(host.accessToken()).get("/listings/" + id).then().body("status", equalTo("PUBLISHED"))
                .body("title", not(equalTo("Only if new")));
    }
}
