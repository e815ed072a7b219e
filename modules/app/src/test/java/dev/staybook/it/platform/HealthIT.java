package dev.staybook.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.Metrics;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.Test;

@SystemTest
class HealthIT {

    @Test
    void readinessReportsTheMigratedDatabase() {
        Api.server().get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo(true));
    }

    @Test
    void livenessIsUpAndSaysWhatTheOldGenerationRetains() {
        Api.server().get("/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'heap' }.data.retainedMiB", greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'heap' }.data.maxMiB", greaterThan(0));
    }

    @Test
    void metricsNeedTheMetricsAccount() {
        Metrics.anonymous().get("/metrics").then().statusCode(401);
        Metrics.anonymous().auth().preemptive().basic("metrics", "not the password").get("/metrics").then().statusCode(401);
        assertTrue(Metrics.scrape().contains("staybook_events_pending"), "the application's metrics are there");
    }

    @Test
    void timersKeepNoPercentileHistograms() {
        GraphQL.request(null).body("{\"query\":\"{ listings(city: \\\"Nowhere\\\") { items { id } } }\"}").post("/graphql")
                .then().statusCode(200);
        String metrics = Metrics.scrape();
        assertTrue(metrics.contains("mp_graphql_QUERY_listings_seconds_count"), "the GraphQL timers count");
        assertFalse(metrics.contains("quantile="), "no timer keeps a percentile histogram (config/jvm.options)");
    }
}
