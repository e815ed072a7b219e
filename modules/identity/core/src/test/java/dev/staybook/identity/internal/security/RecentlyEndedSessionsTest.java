package dev.staybook.identity.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.identity.api.UserId;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the token check does while the database cannot be read; reading it is covered by SessionLifetimeIT. */
class RecentlyEndedSessionsTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final UserId USER = new UserId(UUID.randomUUID());

    private final AtomicInteger connectionAttempts = new AtomicInteger();
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger logger = Logger.getLogger(RecentlyEndedSessions.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final RecentlyEndedSessions sessions = new RecentlyEndedSessions();

    @BeforeEach
    void databaseDown() {
        sessions.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        connectionAttempts.incrementAndGet();
                        throw new SQLException("Connection refused", "08001");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        sessions.tokenLifetime = Duration.ofMinutes(15);
        at(START);
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void stopCapturing() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void triesTheDatabaseOncePerRereadWhileItIsDownAndLogsTheOutageOnce() {
        for (int request = 0; request < 50; request++) {
            assertFalse(sessions.refuses(USER, START.minusSeconds(60)));
        }
        assertEquals(1, connectionAttempts.get());

        at(START.plus(RecentlyEndedSessions.REREAD).plusMillis(1));
        for (int request = 0; request < 50; request++) {
            sessions.refuses(USER, START.minusSeconds(60));
        }
        assertEquals(2, connectionAttempts.get());
        assertEquals(1, warnings.size(), "one warning for the outage, not one per try");
    }

    @Test
    void endsMadeOnThisInstanceStillRefuseOlderTokensDuringTheOutage() {
        Instant passwordChanged = START.plusSeconds(1);
        at(passwordChanged);
        sessions.ended(new RecentlyEndedSessions.Ended(USER, passwordChanged));

        assertTrue(sessions.refuses(USER, START.minusSeconds(60)));
        assertFalse(sessions.refuses(USER, passwordChanged));
    }

    private void at(Instant now) {
        sessions.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
