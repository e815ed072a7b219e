package dev.staybook.listings.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a JDK HTTP server on loopback, let through by the test-only loopback port setting. */
class CalendarFetcherTest {

    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

    /** The fetcher's clock, moved on by the test server's slow hops; real waits are the HTTP client's own. */
    private static final class SteppedClock extends Clock {

        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-01T00:00:00Z"));

        void advance(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final SteppedClock time = new SteppedClock();
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private CalendarFetcher fetcher;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/calendar.ics", exchange -> answer(exchange, 200, "application/octet-stream", CALENDAR.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/hop", exchange -> {
            int hops = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().add("Location", hops == 0 ? "/calendar.ics" : "/hop?" + (hops - 1));
            answer(exchange, 302, "text/plain", new byte[0]);
        });
        server.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            answer(exchange, 301, "text/plain", new byte[0]);
        });
        server.createContext("/huge", exchange -> answer(exchange, 200, "text/calendar", new byte[CalendarFetcher.MAX_BYTES + 1]));
        server.createContext("/huge-chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    out.write(new byte[1024 * 1024]);
                }
            } catch (IOException stoppedReading) {
                // the fetcher hung up, as it should
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "text/calendar", CALENDAR.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/slow-hop", exchange -> {
            time.advance(Duration.ofMillis(900)); // each hop takes 0.9 s of the fetcher's clock
            int hops = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().add("Location", hops == 0 ? "/calendar.ics" : "/slow-hop?" + (hops - 1));
            answer(exchange, 302, "text/plain", new byte[0]);
        });
        server.createContext("/gone", exchange -> answer(exchange, 404, "text/plain", new byte[0]));
        server.start();
        fetcher = fetcher(Optional.of(server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private CalendarFetcher fetcher(Optional<Integer> loopbackPort) {
        CalendarFetcher fetcher = new CalendarFetcher();
        fetcher.timeout = Duration.ofSeconds(2);
        fetcher.clock = time;
        fetcher.loopback = new CalendarLoopbackPort();
        fetcher.loopback.port = loopbackPort;
        return fetcher;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void fetchesWhateverTheContentTypeAndFollowsUpToThreeRedirects() {
        assertEquals(CALENDAR, fetcher.fetch(url("/calendar.ics")));
        assertEquals(CALENDAR, fetcher.fetch(url("/hop?2")));
        assertTrue(assertThrows(FetchFailed.class, () -> fetcher.fetch(url("/hop?3"))).getMessage().contains("more than 3 redirects"));
    }

    @Test
    void loopbackIsRefusedWithoutTheTestSettingAndOnAnyOtherPort() {
        FetchFailed refused = assertThrows(FetchFailed.class, () -> fetcher(Optional.empty()).fetch(url("/calendar.ics")));
        assertTrue(refused.refusedAddress());
        assertTrue(assertThrows(FetchFailed.class, () -> fetcher.fetch(URI.create("http://localhost:1/calendar.ics"))).refusedAddress());
    }

    @Test
    void refusesPrivateAddressesBeforeConnectingAndRedirectsToThem() {
        for (String url : new String[] {"http://10.0.0.1/c.ics", "http://169.254.169.254/latest/meta-data/", "http://[::1]/c.ics",
                "http://[::ffff:192.168.0.1]/c.ics", "http://0.0.0.0/c.ics"}) {
            assertTrue(assertThrows(FetchFailed.class, () -> fetcher.fetch(URI.create(url)), url).refusedAddress(), url);
        }
        FetchFailed redirected = assertThrows(FetchFailed.class, () -> fetcher.fetch(url("/to-metadata")));
        assertTrue(redirected.refusedAddress());
        assertTrue(redirected.getMessage().contains("169.254.169.254"), redirected.getMessage());
        assertThrows(FetchFailed.class, () -> fetcher.requireAllowed(URI.create("file:///etc/passwd")));
    }

    @Test
    void knowsTheServersOwnAddressesWhateverTheirRange() throws SocketException, UnknownHostException {
        // a public address of the server's own (a cloud VM's) would reach its other services: refused like loopback
        Optional<InetAddress> own = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress()).findFirst();
        assumeTrue(own.isPresent(), "this machine has an address besides loopback");
        assertTrue(CalendarFetcher.isThisMachine(own.get()), own.get().toString());
        assertFalse(CalendarFetcher.isThisMachine(InetAddress.getByName("93.184.216.34")));
    }

    @Test
    void stopsReadingPastTheSizeLimit() {
        assertTrue(assertThrows(FetchFailed.class, () -> fetcher.fetch(url("/huge"))).getMessage().contains("larger than 2 MiB"));
        FetchFailed chunked = assertThrows(FetchFailed.class, () -> fetcher.fetch(url("/huge-chunked")));
        assertTrue(chunked.getMessage().contains("larger than 2 MiB"), chunked.getMessage());
        assertFalse(chunked.refusedAddress());
    }

    @Test
    void givesUpOnSlowServersAndHttpErrors() {
        assertTrue(assertThrows(FetchFailed.class, () -> fetcher.fetch(url("/slow"))).getMessage().contains("within 2 s"));
        assertTrue(assertThrows(FetchFailed.class, () -> fetcher.fetch(url("/gone"))).getMessage().contains("HTTP 404"));
    }

    @Test
    void redirectsShareTheExchangesOneDeadline() {
        // hops of 0.9 s each, every one well within 2 s: two fit in the deadline, three together pass it
        assertEquals(CALENDAR, fetcher.fetch(url("/slow-hop?1")));
        FetchFailed slow = assertThrows(FetchFailed.class, () -> fetcher.fetch(url("/slow-hop?2")));
        assertTrue(slow.getMessage().contains("within 2 s"), slow.getMessage());
    }
}
