package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** A Redis that does not answer (nothing listens on its port): requests are served, counters count locally. */
class RedisOutageIT {

    private RedisClient unreachable;
    private final RedisOutage outage = new RedisOutage(Duration.ofSeconds(30), System::nanoTime);

    @BeforeEach
    void pointAtAClosedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        unreachable = RedisConnection.open("redis://127.0.0.1:" + port);
    }

    @AfterEach
    void close() {
        unreachable.close();
    }

    @Test
    void theCacheComputesEveryValue() {
        Cache cache = new VersionedCache(new RedisStore(unreachable), outage, "staybook-test:");

        assertEquals(new Cache.Cached("computed", false), cache.get("listing:1", "details", Duration.ofMinutes(1), () -> "computed"));
        assertEquals(new Cache.Cached("again", false), cache.get("listing:1", "details", Duration.ofMinutes(1), () -> "again"));
        cache.invalidateAll("search");
        assertTrue(outage.isDown());
    }

    @Test
    void rateCountersCountInTheProcess() {
        RateCounter counter = new FailSafeRateCounter(new RedisRateCounter(unreachable, "staybook-test:rate:", Duration.ofMinutes(1), 2),
                new InProcessRateCounter(Duration.ofMinutes(1), 2), outage);
        Instant now = Instant.now();

        assertTrue(counter.tryRecord("ana", now));
        assertTrue(counter.tryRecord("ana", now));
        assertFalse(counter.tryRecord("ana", now));
        assertTrue(counter.isAtLimit("ana", now));
    }
}
