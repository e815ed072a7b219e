package dev.staybook.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Counts in Redis while it answers and in this process while it does not, so a Redis outage never fails a
 * sign-in: limits then hold per instance instead of for all of them together.
 */
final class FailSafeRateCounter implements RateCounter {

    private final RateCounter shared;
    private final RateCounter local;
    private final RedisOutage outage;

    FailSafeRateCounter(RateCounter shared, RateCounter local, RedisOutage outage) {
        this.shared = shared;
        this.local = local;
        this.outage = outage;
    }

    @Override
    public boolean tryRecord(String key, Instant now) {
        return either(() -> shared.tryRecord(key, now), () -> local.tryRecord(key, now));
    }

    @Override
    public void record(String key, Instant now) {
        either(() -> {
            shared.record(key, now);
            return null;
        }, () -> {
            local.record(key, now);
            return null;
        });
    }

    @Override
    public boolean isAtLimit(String key, Instant now) {
        return either(() -> shared.isAtLimit(key, now), () -> local.isAtLimit(key, now));
    }

    @Override
    public Duration retryAfter(String key, Instant now) {
        return either(() -> shared.retryAfter(key, now), () -> local.retryAfter(key, now));
    }

    @Override
    public void reset(String key) {
        local.reset(key);
        either(() -> {
            shared.reset(key);
            return null;
        }, () -> null);
    }

    private <T> T either(Supplier<T> inRedis, Supplier<T> inProcess) {
        if (outage.allowsCalls()) {
            try {
                T result = inRedis.get();
                outage.succeeded();
                return result;
            } catch (RuntimeException redisFailure) {
                outage.failed(redisFailure);
            }
        }
        return inProcess.get();
    }
}
