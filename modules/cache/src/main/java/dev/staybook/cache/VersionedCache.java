package dev.staybook.cache;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The {@link Cache} over a {@link KeyValueStore}. An entry's key holds its namespace's version and a global
 * epoch ({@code <prefix>cache:<namespace>:<epoch>.<version>:<key>}); both are read with one round trip
 * before the entry, and bumping either makes the old entries unreachable until they expire. A failing store
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
        Optional<String> entryKey = currentEntryKey(namespace, key);
        if (entryKey.isEmpty()) {
            return new Cached(compute.get(), false);
        }
        Optional<String> cached = read(entryKey.get());
        if (cached.isPresent()) {
            return new Cached(cached.get(), true);
        }
        String value = Objects.requireNonNull(compute.get(), "a cached value");
        write(entryKey.get(), value, ttl);
        return new Cached(value, false);
    }

    @Override
    public Optional<String> get(String namespace, String key) {
        return currentEntryKey(namespace, key).flatMap(this::read);
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

    /** The key the entry has now, or empty if the store cannot tell (it fails). */
    private Optional<String> currentEntryKey(String namespace, String key) {
        if (!outage.allowsCalls()) {
            return Optional.empty();
        }
        return call(() -> {
            List<String> versions = store.getAll(List.of(epochKey(), versionKey(namespace)));
            return "%scache:%s:%s.%s:%s".formatted(prefix, namespace, orZero(versions.get(0)), orZero(versions.get(1)), key);
        }, false);
    }

    private Optional<String> read(String entryKey) {
        return call(() -> store.getAll(List.of(entryKey)).get(0), false);
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

    private static String orZero(String number) {
        return number == null ? "0" : number;
    }

    private static void requireValidTtl(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_ENTRY_TTL) > 0) {
            throw new IllegalArgumentException("a cache entry lives more than 0 and at most " + MAX_ENTRY_TTL + ": " + ttl);
        }
    }
}
