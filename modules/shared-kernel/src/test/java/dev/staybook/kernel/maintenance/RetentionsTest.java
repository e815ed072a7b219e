package dev.staybook.kernel.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:30:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void aCutoffIsTheRetentionBeforeNow() {
        Retentions retentions = new Retentions(NOW, WEEK, WEEK, Duration.ofDays(14), Duration.ofDays(90), Duration.ofDays(365), 10_000);

        assertEquals(Instant.parse("2026-11-11T03:30:00Z"), retentions.before(retentions.processedEvents()));
        assertEquals(Instant.parse("2025-11-25T03:30:00Z"), retentions.before(retentions.history()));
    }

    @Test
    void refusesNegativeRetentionsAndEmptyChunks() {
        assertThrows(IllegalArgumentException.class,
                () -> new Retentions(NOW, Duration.ofDays(-1), WEEK, WEEK, WEEK, WEEK, 10_000));
        assertThrows(IllegalArgumentException.class, () -> new Retentions(NOW, WEEK, WEEK, WEEK, WEEK, WEEK, 0));
    }

}
