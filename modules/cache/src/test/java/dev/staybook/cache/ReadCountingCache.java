package dev.staybook.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A cache in front of the shared one that counts the reads reaching it (those a near cache did not serve). */
final class ReadCountingCache implements Cache {

    final AtomicInteger reads = new AtomicInteger();
    private final Cache shared;

    ReadCountingCache(Cache shared) {
        this.shared = shared;
    }

    @Override
    public Cached get(String namespace, String key, Duration ttl, Supplier<String> compute) {
        reads.incrementAndGet();
        return shared.get(namespace, key, ttl, compute);
    }

    @Override
    public Optional<String> get(String namespace, String key) {
        return shared.get(namespace, key);
    }

    @Override
    public void put(String namespace, String key, String value, Duration ttl) {
        shared.put(namespace, key, value, ttl);
    }

    @Override
    public void invalidate(String namespace, String key) {
        shared.invalidate(namespace, key);
    }

    @Override
    public void invalidateAll(String namespace) {
        shared.invalidateAll(namespace);
    }
}
