package dev.staybook.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what the server does after it has answered (outbox deliveries between modules): reads an
 * observable state again and again until it satisfies a condition, and fails with the last state seen
 * once the deadline passes. The short pause between two reads only spaces out the polling; the wait
 * ends as soon as the state is right.
 */
public final class Eventually {

    /** Long enough for a busy machine's outbox relays and mail workers; a passing wait ends much sooner. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Duration BETWEEN_READS = Duration.ofMillis(100);

    private Eventually() {
    }

    /** The first value {@code read} returns that satisfies {@code condition}, within {@link #DEADLINE}. */
    public static <T> T until(String expectation, Supplier<T> read, Predicate<? super T> condition) {
        return until(expectation, DEADLINE, read, condition);
    }

    /** Waits until {@code condition} holds. */
    public static void until(String expectation, BooleanSupplier condition) {
        until(expectation, condition::getAsBoolean, Boolean::booleanValue);
    }

    /** The first value {@code probe} finds. */
    public static <T> T value(String expectation, Supplier<Optional<T>> probe) {
        return until(expectation, probe, Optional::isPresent).orElseThrow();
    }

    public static <T> T until(String expectation, Duration deadline, Supplier<T> read, Predicate<? super T> condition) {
        Instant giveUpAt = Instant.now().plus(deadline);
        while (true) {
            T value = read.get();
            if (condition.test(value)) {
                return value;
            }
            if (Instant.now().isAfter(giveUpAt)) {
                throw new AssertionError("Expected within %s: %s; last seen: %s".formatted(deadline, expectation, value));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(BETWEEN_READS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
