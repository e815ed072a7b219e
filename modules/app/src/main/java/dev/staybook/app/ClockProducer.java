package dev.staybook.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock every module reads time from (UTC); tests of the domain pass their own. It ticks in microseconds, as
 * PostgreSQL keeps time: an instant a write answers with is the one every later read of it gives (the system clock's
 * nanoseconds were in a write's answer and gone from the stored row, so the two representations differed).
 */
@ApplicationScoped
public class ClockProducer {

    private static final Clock MICROSECONDS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Produces
    Clock clock() {
        return MICROSECONDS;
    }
}
