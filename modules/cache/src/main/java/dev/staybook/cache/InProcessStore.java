package dev.staybook.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A {@link KeyValueStore} in this process's memory, for a single instance without Redis. Bounded: when it
 * holds more than {@code maxEntries}, expired entries are swept, and if that is not enough everything is
 * dropped (a cache may always forget).
 */
final class InProcessStore implements KeyValueStore {

    private record Entry(String value, long expiresAtNanos) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final LongSupplier nanoTime;

    InProcessStore(int maxEntries, LongSupplier nanoTime) {
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    @Override
    public List<String> getAll(List<String> keys) {
        long now = nanoTime.getAsLong();
        return keys.stream().map(key -> {
            Entry entry = entries.get(key);
            return entry == null || isExpired(entry, now) ? null : entry.value();
        }).toList();
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        makeRoom();
        entries.put(key, new Entry(value, nanoTime.getAsLong() + ttl.toNanos()));
    }

    @Override
    public long increment(String key, Duration ttl) {
        makeRoom();
        long now = nanoTime.getAsLong();
        Entry next = entries.compute(key, (k, entry) -> {
            long current = entry == null || isExpired(entry, now) ? 0 : Long.parseLong(entry.value());
            return new Entry(Long.toString(current + 1), now + ttl.toNanos());
        });
        return Long.parseLong(next.value());
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }

    private void makeRoom() {
        if (entries.size() < maxEntries) {
            return;
        }
        long now = nanoTime.getAsLong();
        entries.values().removeIf(entry -> isExpired(entry, now));
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
    }

    private static boolean isExpired(Entry entry, long now) {
        return now - entry.expiresAtNanos() >= 0;
    }
}
