package dev.staybook.it.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ColdStart;
import dev.staybook.it.support.ServerReadiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An orchestrator may start the application before its database: the server then starts anyway, alive but
 * not ready, and becomes ready by itself once the database appears, without a restart. The build starts the
 * test server behind a closed database proxy; {@link ServerReadiness} records the server's health at that
 * moment ({@link ColdStart}) before it opens the proxy, whichever class runs first.
 *
 * <p>Not a {@code @SystemTest}: the server rightly logs its failed connection attempts.
 */
@ExtendWith(ServerReadiness.class)
class StartWithoutDatabaseIT {

    private final ColdStart coldStart = ColdStart.observed().orElseThrow(() -> new AssertionError(
            "the server did not start without a database: the build must start the database proxy closed"));

    @Test
    void theServerIsAliveButNotReadyWithoutItsDatabase() {
        assertEquals(200, coldStart.livenessStatus(), "liveness is up: restarting would not bring the database");
        assertEquals(503, coldStart.readinessStatus(), "readiness is down: " + coldStart.readinessBody());
        assertThat(coldStart.readinessBody(), containsString("\"migrated\":false"));
    }

    @Test
    void theServerBecomesReadyOnceTheDatabaseAppearsWithoutARestart() {
        assertEquals(coldStart.processBefore(), coldStart.processAfter(), "the same server process throughout, ready "
                + coldStart.restoredToReady() + " after the database appeared");
        Api.server().get("/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo(true));
    }
}
