package dev.staybook.it.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Metrics;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The business metrics on /metrics move with what happens: bookings placed and confirmed and payments authorized
 * (events published by committed transactions), cache hits, sign-ins refused by the throttle. Other tests run on the
 * same server, so each check is "at least one more than before". Counters are there, at 0, before they first move.
 */
@SystemTest
class ApplicationMetricsIT {

    @Test
    void countsBookingsAndPaymentsByTheFactsTheirModulesPublish() {
        double placed = Metrics.value("staybook_events_published_total", "type=\"BookingPlaced\"");
        double confirmed = Metrics.value("staybook_events_published_total", "type=\"BookingConfirmed\"");
        double authorized = Metrics.value("staybook_events_published_total", "publisher=\"payments\"", "type=\"PaymentAuthorized\"");

        StayFixtures.confirmed(TestUser.register("Metrics Guest"), StayFixtures.listingOf(TestUser.register("Metrics Host").asHost()));

        assertTrue(Metrics.value("staybook_events_published_total", "type=\"BookingPlaced\"") >= placed + 1);
        Eventually.until("confirmation counted", () -> Metrics.value("staybook_events_published_total", "type=\"BookingConfirmed\"") >= confirmed + 1);
        assertTrue(Metrics.value("staybook_events_published_total", "publisher=\"payments\"", "type=\"PaymentAuthorized\"") >= authorized + 1);
    }

    @Test
    void countersAreThereAtZeroBeforeTheyFirstMove() {
        // subscribers no test makes fail, and a limit no test reaches: their series exist only if registered at start
        String metrics = Metrics.scrape();
        for (String subscriber : List.of("listings.cache", "messaging.booking-parties", "reviews.ratings")) {
            String label = "subscriber=\"" + subscriber + "\"";
            assertTrue(Metrics.has(metrics, "staybook_events_failed_attempts_total", label), "failed attempts of " + subscriber);
            assertTrue(Metrics.has(metrics, "staybook_events_parkings_total", label), "parkings of " + subscriber);
        }
        for (String limit : List.of("address", "account", "unknown-addresses")) {
            assertTrue(Metrics.has(metrics, "staybook_login_throttled_total", "limit=\"" + limit + "\""), "sign-ins throttled by " + limit);
        }
    }

    @Test
    void countsCacheHitsAndMissesByKindOfEntry() {
        String listing = StayFixtures.listingOf(TestUser.register("Cached Host").asHost());
        double hits = Metrics.value("staybook_cache_reads_total", "namespace=\"listing\"", "result=\"hit\"");

        Api.server().get("/api/v1/listings/" + listing).then().statusCode(200);
        Api.server().get("/api/v1/listings/" + listing).then().statusCode(200).header("X-Cache", "HIT");

        assertTrue(Metrics.value("staybook_cache_reads_total", "namespace=\"listing\"", "result=\"hit\"") >= hits + 1);
        assertTrue(Metrics.value("staybook_cache_reads_total", "namespace=\"listing\"", "result=\"miss\"") >= 1);
    }
}
