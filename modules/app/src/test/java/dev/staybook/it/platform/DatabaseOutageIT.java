package dev.staybook.it.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.DatabaseProxyControl;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.ServerProcess;
import dev.staybook.it.support.ServerReadiness;
import dev.staybook.it.support.TestDatabase;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under load (reads and writes) and comes back: meanwhile the API answers fast 503
 * problems with Retry-After (never a 500, never a hang), readiness is down and liveness up; afterwards
 * reads and writes work again without restarting the server. The outage is made by cutting the proxy between
 * the server and PostgreSQL, exactly what a database restart looks like to the application. Requests in flight
 * at that moment are among those checked: the test holds a lock the load's reads and writes wait for inside
 * PostgreSQL, and ends their connections while they wait the way a stopping PostgreSQL does (it terminates each
 * backend, which tells its client 57P01 "terminating connection due to administrator command"), then cuts.
 *
 * <p>Not a {@code @SystemTest}: the server rightly logs the lost connections as errors.
 */
@ExtendWith(ServerReadiness.class)
class DatabaseOutageIT {

    /**
     * Far below the 60 s socket timeout a hang would take, above the pool's 5 s connection timeout: room for a
     * machine starved by other builds (7 s was seen at a load average of 40 on 2 cores).
     */
    private static final Duration FAST = Duration.ofSeconds(15);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final String LOAD_THREAD = "outage-load";

    private record Outcome(String request, int status, Duration took, String retryAfter, String contentType, Instant at) {

        boolean succeeded() {
            return status == 200 || status == 201;
        }
    }

    @Test
    void answersFast503sDuringAnOutageAndRecoversWithoutARestart() throws Exception {
        TestUser host = TestUser.register("Outage Host").asHost();
        String listing = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Outage"), 44.0, 4.0));
        Api.anonymous().get("/listings/" + listing).then().statusCode(200);
        // the host's reads go to the database every time; an anonymous caller's come from the cache
        String token = host.accessToken();

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(6, task -> new Thread(task, LOAD_THREAD + "-" + UUID.randomUUID()));
        for (int i = 0; i < 4; i++) {
            load.execute(() -> {
                while (loading.get()) {
                    outcomes.add(timedGet("/api/v1/listings/" + listing, token));
                }
            });
        }
        for (int i = 0; i < 2; i++) {
            load.execute(() -> {
                while (loading.get()) {
                    outcomes.add(timedCreate(host));
                }
            });
        }
        String processBefore = ServerProcess.id();
        try (Connection lock = TestDatabase.connect()) {
            Instant lockedAt = holdTheListingsTable(lock);
            Instant cutAt = Instant.now();
            terminateTheWaiting(lock);
            DatabaseProxyControl.cut();
            lock.rollback();
            Outcome during = awaitStatus(503, "/api/v1/listings/" + listing, token);
            assertEquals("5", during.retryAfter(), "a 503 says when to come back");
            assertThat(during.contentType(), startsWith("application/problem+json"));
            assertEquals(200, timedGet("/api/v1/listings/" + listing, null).status(), "the cached anonymous read is still served");
            assertEquals(503, timedGet("/health/ready", null).status(), "readiness is down during the outage");
            assertEquals(200, timedGet("/health/live", null).status(), "liveness stays up: restarting would not help");

            DatabaseProxyControl.restore();
            Instant restoredAt = Instant.now();
            awaitStatus(200, "/api/v1/listings/" + listing, token);
            awaitStatus(200, "/health/ready", null);
            loading.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));

            List<Outcome> all = List.copyOf(outcomes);
            assertThat("only success or 503, never a 500", all.stream().filter(o -> !o.succeeded() && o.status() != 503).toList(), empty());
            List<Outcome> inFlight = all.stream().filter(o -> o.at().minus(o.took()).isBefore(cutAt) && o.at().isAfter(cutAt)).toList();
            assertTrue(inFlight.stream().anyMatch(o -> o.request().startsWith("GET")), "reads were in flight when the database went: " + inFlight);
            assertTrue(inFlight.stream().anyMatch(o -> o.request().startsWith("POST")), "writes were in flight when the database went: " + inFlight);
            for (Outcome outcome : inFlight) {
                // one sent before the table was locked may have read it already, and then rightly answers 200
                if (outcome.at().minus(outcome.took()).isAfter(lockedAt)) {
                    assertEquals(503, outcome.status(), "a request in flight when the database went: " + outcome);
                }
                assertThat("answered soon after the cut", Duration.between(cutAt, outcome.at()), lessThan(FAST));
            }
            List<Outcome> unavailable = all.stream().filter(o -> o.status() == 503).toList();
            assertTrue(unavailable.stream().anyMatch(o -> o.request().startsWith("GET")), "reads saw the outage under load");
            assertTrue(unavailable.stream().anyMatch(o -> o.request().startsWith("POST")), "writes saw the outage under load");
            for (Outcome outcome : unavailable) {
                assertThat("503s come fast", outcome.took(), lessThan(FAST));
                assertEquals("5", outcome.retryAfter(), "every 503 says when to come back: " + outcome);
            }
            for (String request : List.of("GET", "POST")) {
                assertTrue(all.stream().anyMatch(o -> o.request().startsWith(request) && o.succeeded() && o.at().isAfter(restoredAt)),
                        request + " requests succeed again after the database is back (outage from " + cutAt + ")");
            }
            assertEquals(processBefore, ServerProcess.id(), "recovered without restarting the server");
        } finally {
            loading.set(false);
            DatabaseProxyControl.restore();
            load.shutdownNow();
        }
    }

    /**
     * Takes the listings table for the test's own transaction, through a connection of its own (not through the proxy),
     * and waits until reads and writes of the load wait for it inside PostgreSQL: they are in flight when it is cut. A
     * request sent after the lock was asked for waits behind it (PostgreSQL queues later lockers behind a waiting one);
     * the instant it was asked for is returned.
     */
    private static Instant holdTheListingsTable(Connection lock) throws SQLException {
        lock.setAutoCommit(false);
        Instant lockedAt = Instant.now();
        try (Statement statement = lock.createStatement()) {
            statement.execute("LOCK TABLE listings.listings IN ACCESS EXCLUSIVE MODE");
        }
        try {
            Eventually.until("reads and writes waiting for the listings table", RECOVERY, () -> waitingForTheTable(lock),
                    waiting -> waiting.contains("AccessShareLock") && waiting.contains("RowExclusiveLock"));
        } catch (AssertionError notWaiting) {
            // say where the load's requests were, in PostgreSQL and in this JVM
            throw new AssertionError(notWaiting.getMessage() + "\nsessions: " + sessions(lock) + "\nload threads: " + loadThreads(),
                    notWaiting);
        }
        return lockedAt;
    }

    private static List<String> sessions(Connection lock) {
        List<String> sessions = new ArrayList<>();
        try (Statement statement = lock.createStatement();
             ResultSet rows = statement.executeQuery("SELECT state, wait_event_type, wait_event, left(query, 80) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                sessions.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3) + ": " + rows.getString(4));
            }
        } catch (SQLException e) {
            sessions.add("unreadable: " + e.getMessage());
        }
        return sessions;
    }

    private static String loadThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (thread.getName().startsWith(LOAD_THREAD)) {
                dump.append("\n").append(thread.getName()).append(" ").append(thread.getState());
                Arrays.stream(frames).limit(12).forEach(frame -> dump.append("\n    at ").append(frame));
            }
        });
        return dump.toString();
    }

    /** What PostgreSQL does to every backend when it is stopped (smart or fast shutdown): ends it with 57P01. */
    private static void terminateTheWaiting(Connection lock) throws SQLException {
        try (Statement statement = lock.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
        }
    }

    /**
     * The lock modes the load's requests wait for on the listings table: a read's AccessShareLock, a write's
     * RowExclusiveLock. Counted by mode rather than by session: a waiting write may still report the statement before
     * (its insert waits at parse), and how many requests reach the database at once depends on the server's threads.
     */
    private static Set<String> waitingForTheTable(Connection lock) {
        Set<String> modes = new HashSet<>();
        try (Statement statement = lock.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT mode FROM pg_locks WHERE NOT granted"
                     + " AND relation = 'listings.listings'::regclass")) {
            while (rows.next()) {
                modes.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return modes;
    }

    /** Polls until the path answers with the status. */
    private static Outcome awaitStatus(int status, String path, String token) {
        return Eventually.until(status + " from " + path, RECOVERY, () -> timedGet(path, token), outcome -> outcome.status() == status);
    }

    private static Outcome timedGet(String path, String token) {
        Instant start = Instant.now();
        Response response = (token == null ? Api.server() : Api.server().auth().oauth2(token)).get(path);
        return outcome("GET " + path, start, response);
    }

    /** A write: the host creates a listing (a draft, so the test's city stays small). */
    private static Outcome timedCreate(TestUser host) {
        Instant start = Instant.now();
        Response response = Api.as(host.accessToken())
                .body(ListingFixtures.listing(ListingFixtures.uniqueCity("Outage"), 44.0, 4.0).build().toString()).post("/listings");
        return outcome("POST /api/v1/listings", start, response);
    }

    private static Outcome outcome(String request, Instant start, Response response) {
        return new Outcome(request, response.statusCode(), Duration.between(start, Instant.now()), response.header("Retry-After"),
                response.contentType(), Instant.now());
    }

}
