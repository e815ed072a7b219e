package dev.staybook.it.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.ServerReadiness;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under load and comes back: meanwhile the API answers fast 503s with Retry-After
 * (never a 500, never a hang), readiness is down and liveness up; afterwards everything works again
 * without restarting the server. The outage is made by cutting the proxy between the server and
 * PostgreSQL, exactly what a database restart looks like to the application.
 *
 * <p>Not a {@code @SystemTest}: the server rightly logs the lost connections as errors.
 */
@ExtendWith(ServerReadiness.class)
class DatabaseOutageIT {

    private static final Duration FAST = Duration.ofSeconds(6);
    private static final String CONTROL = System.getProperty("staybook.db.proxy.control");

    private record Outcome(int status, Duration took, String retryAfter, Instant at) {
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
        ExecutorService load = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            load.execute(() -> {
                while (loading.get()) {
                    outcomes.add(timedGet("/api/v1/listings/" + listing, token));
                }
            });
        }
        try {
            Instant cutAt = Instant.now();
            control("/cut");
            Outcome during = awaitStatus(503, "/api/v1/listings/" + listing, token);
            assertEquals("5", during.retryAfter(), "a 503 says when to come back");
            assertEquals(200, timedGet("/api/v1/listings/" + listing, null).status(), "the cached anonymous read is still served");
            assertEquals(503, timedGet("/health/ready", null).status(), "readiness is down during the outage");
            assertEquals(200, timedGet("/health/live", null).status(), "liveness stays up: restarting would not help");

            control("/restore");
            Instant restoredAt = Instant.now();
            awaitStatus(200, "/api/v1/listings/" + listing, token);
            awaitStatus(200, "/health/ready", null);
            loading.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));

            List<Outcome> all = List.copyOf(outcomes);
            assertThat("only 200 or 503, never a 500", all.stream().filter(o -> o.status() != 200 && o.status() != 503).toList(), empty());
            List<Outcome> unavailable = all.stream().filter(o -> o.status() == 503).toList();
            assertTrue(!unavailable.isEmpty(), "the outage was seen under load");
            for (Outcome outcome : unavailable) {
                assertThat("503s come fast", outcome.took(), lessThan(FAST));
            }
            assertTrue(all.stream().anyMatch(o -> o.status() == 200 && o.at().isAfter(restoredAt)),
                    "requests succeed again after the database is back (outage lasted from " + cutAt + ")");
        } finally {
            loading.set(false);
            control("/restore");
            load.shutdownNow();
        }
    }

    /** Polls until the path answers with the status, for at most 30 seconds. */
    private static Outcome awaitStatus(int status, String path, String token) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        Outcome last = null;
        while (Instant.now().isBefore(deadline)) {
            last = timedGet(path, token);
            if (last.status() == status) {
                return last;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("no " + status + " from " + path + " within 30 s; last: " + last);
    }

    private static Outcome timedGet(String path, String token) {
        Instant start = Instant.now();
        Response response = (token == null ? Api.server() : Api.server().auth().oauth2(token)).get(path);
        return new Outcome(response.statusCode(), Duration.between(start, Instant.now()), response.header("Retry-After"), Instant.now());
    }

    private static void control(String action) throws IOException, InterruptedException {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(CONTROL + action)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(204, response.statusCode(), "proxy control " + action);
    }
}
