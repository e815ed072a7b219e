package dev.staybook.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The {@link Cache} over a {@link KeyValueStore}. An entry's key holds its namespace's version and a global
 * epoch ({@code <prefix>cache:<namespace>:<epoch>.<version>:<key>}); the store reads both and the entry in one
 * step (one round trip to Redis), and bumping either makes the old entries unreachable until they expire. A failing store
 * never fails a caller: values are then computed and not cached. An invalidation lost to an outage is made
 * up for by bumping the epoch, which drops every entry, as soon as the store answers again.
 */
final class VersionedCache implements Cache {

    /** Longer than any entry may live, so a version never falls back to an old number while its entries exist. */
    static final Duration VERSION_TTL = Duration.ofDays(1);
    static final Duration MAX_ENTRY_TTL = Duration.ofHours(1);

    private final KeyValueStore store;
    private final RedisOutage outage;
    private final String prefix;
    private final AtomicBoolean invalidationLost = new AtomicBoolean();

    VersionedCache(KeyValueStore store, RedisOutage outage, String prefix) {
        this.store = store;
        this.outage = outage;
        this.prefix = prefix;
    }

    @Override
    public Cached get(String namespace, String key, Duration ttl, Supplier<String> compute) {
        requireValidTtl(ttl);
        Optional<KeyValueStore.NamedByCounters> entry = currentEntry(namespace, key);
        if (entry.isEmpty()) {
            return new Cached(compute.get(), false);
        }
        if (entry.get().value() != null) {
            return new Cached(entry.get().value(), true);
        }
        String value = Objects.requireNonNull(compute.get(), "a cached value");
        write(entry.get().key(), value, ttl);
        return new Cached(value, false);
    }

    @Override
    public Optional<String> get(String namespace, String key) {
        return currentEntry(namespace, key).map(KeyValueStore.NamedByCounters::value);
    }

    @Override
    public void put(String namespace, String key, String value, Duration ttl) {
        requireValidTtl(ttl);
        currentEntryKey(namespace, key).ifPresent(entryKey -> write(entryKey, value, ttl));
    }

    @Override
    public void invalidate(String namespace, String key) {
        Optional<String> entryKey = currentEntryKey(namespace, key);
        if (entryKey.isEmpty()) {
            invalidationLost.set(true);
            return;
        }
        call(() -> {
            store.delete(entryKey.get());
            return null;
        }, true);
    }

    @Override
    public void invalidateAll(String namespace) {
        call(() -> store.increment(versionKey(namespace), VERSION_TTL), true);
    }

    /** The key the entry has now and its value, or empty if the store cannot tell (it fails). */
    private Optional<KeyValueStore.NamedByCounters> currentEntry(String namespace, String key) {
        return call(() -> store.getNamedByCounters(epochKey(), versionKey(namespace), prefix + "cache:" + namespace + ":", ":" + key),
                false);
    }

    /** The key the entry has now, or empty if the store cannot tell (it fails). */
    private Optional<String> currentEntryKey(String namespace, String key) {
        return currentEntry(namespace, key).map(KeyValueStore.NamedByCounters::key);
    }

    private void write(String entryKey, String value, Duration ttl) {
        call(() -> {
            store.set(entryKey, value, ttl);
            return null;
        }, false);
    }

    private <T> Optional<T> call(Supplier<T> operation, boolean invalidating) {
        if (!outage.allowsCalls()) {
            invalidationLost.compareAndSet(false, invalidating);
            return Optional.empty();
        }
        try {
            if (invalidationLost.get()) {
                // before the operation, so that it already sees the new epoch
                store.increment(epochKey(), VERSION_TTL);
                invalidationLost.set(false);
            }
            T result = operation.get();
            outage.succeeded();
            return Optional.ofNullable(result);
        } catch (RuntimeException storeFailure) {
            if (invalidating) {
                invalidationLost.set(true);
            }
            outage.failed(storeFailure);
            return Optional.empty();
        }
    }

    private String epochKey() {
        return prefix + "cache-epoch";
    }

    private String versionKey(String namespace) {
        return prefix + "cache-version:" + namespace;
    }

    private static void requireValidTtl(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_ENTRY_TTL) > 0) {
            throw new IllegalArgumentException("a cache entry lives more than 0 and at most " + MAX_ENTRY_TTL + ": " + ttl);
        }
    }
}
