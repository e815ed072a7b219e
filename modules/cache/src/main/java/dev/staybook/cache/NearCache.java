package dev.staybook.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Copies, in this process, of the shared cache's entries this instance reads, so that reading a hot entry again
 * costs no round trip to Redis (with Redis's own CPU, about a quarter of an anonymous cached listing read's cost on a
 * busy machine: modules/benchmarks/results/hot-paths.md).
 * <p>
 * Every invalidation, here or on any other instance, is announced (a Redis channel, {@link CacheAnnouncements}):
 * an announced namespace's copies are dropped, those of this instance before its invalidating call returns.
 * Copies are kept and served only while this instance hears the announcements, and all are dropped when it
 * starts or stops hearing them. A copy lives a few seconds at most ({@link #COPY_TTL}), which bounds what an
 * announcement lost on a dead connection can cost, and only within a budget of characters, so that the hottest
 * entries stay in the heap and a burst of distinct reads cannot fill it.
 */
final class NearCache implements Cache {

    /** The longest a copy lives: what a lost announcement may cost at worst. */
    static final Duration COPY_TTL = Duration.ofSeconds(5);
    /** About 4 MiB of JSON: a few thousand listings' details, or a few hundred search pages. */
    static final long BUDGET_CHARS = 4L * 1024 * 1024;
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final Cache shared;
    private final Consumer<String> announcement;
    private final LongSupplier nanoTime;
    private final Duration copyTtl;
    private final long budgetChars;
    /** Copies by namespace then key; changed only through {@code compute}s on a namespace, so counted exactly. */
    private final Map<String, Map<String, Copy>> copies = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile long nextSweepNanos;
    /** Counts every drop: a value read from the shared cache across one may be out of date and is not kept. */
    private final AtomicLong drops = new AtomicLong();
    private volatile boolean hearing;

    private record Copy(String value, long expiresAtNanos) {
    }

    /** {@code announcement} tells every instance (this one included) that a namespace changed. */
    NearCache(Cache shared, Consumer<String> announcement, LongSupplier nanoTime, Duration copyTtl, long budgetChars) {
        this.shared = shared;
        this.announcement = announcement;
        this.nanoTime = nanoTime;
        this.copyTtl = copyTtl;
        this.budgetChars = budgetChars;
        this.nextSweepNanos = nanoTime.getAsLong();
    }

    /** Whether this instance hears the announcements; either change drops every copy. */
    void hearing(boolean hearing) {
        this.hearing = hearing;
        drops.incrementAndGet();
        copies.keySet().forEach(this::drop);
    }

    boolean isHearing() {
        return hearing;
    }

    /** An announcement, from this instance or another. */
    void announced(String namespace) {
        drop(namespace);
    }

    @Override
    public Cached get(String namespace, String key, Duration ttl, Supplier<String> compute) {
        String copy = copyOf(namespace, key);
        if (copy != null) {
            return new Cached(copy, true);
        }
        long dropsBefore = drops.get();
        Cached cached = shared.get(namespace, key, ttl, compute);
        keep(namespace, key, cached.value(), ttl, dropsBefore);
        return cached;
    }

    /** Straight from the shared cache: without a TTL, a copy could outlive the entry. */
    @Override
    public Optional<String> get(String namespace, String key) {
        return shared.get(namespace, key);
    }

    @Override
    public void put(String namespace, String key, String value, Duration ttl) {
        shared.put(namespace, key, value, ttl);
        changed(namespace);
    }

    @Override
    public void invalidate(String namespace, String key) {
        shared.invalidate(namespace, key);
        changed(namespace);
    }

    @Override
    public void invalidateAll(String namespace) {
        shared.invalidateAll(namespace);
        changed(namespace);
    }

    /** After the shared cache changed: a read that starts now finds the change there. */
    private void changed(String namespace) {
        drop(namespace);
        announcement.accept(namespace);
    }

    private String copyOf(String namespace, String key) {
        if (!hearing) {
            return null;
        }
        Map<String, Copy> namespaceCopies = copies.get(namespace);
        Copy copy = namespaceCopies == null ? null : namespaceCopies.get(key);
        if (copy == null) {
            return null;
        }
        if (nanoTime.getAsLong() - copy.expiresAtNanos() >= 0) {
            remove(namespace, key, copy);
            return null;
        }
        return copy.value();
    }

    private void keep(String namespace, String key, String value, Duration ttl, long dropsBefore) {
        if (!hearing || drops.get() != dropsBefore || !roomFor(value)) {
            return;
        }
        Duration lifetime = ttl.compareTo(copyTtl) < 0 ? ttl : copyTtl;
        Copy copy = new Copy(value, nanoTime.getAsLong() + lifetime.toNanos());
        copies.compute(namespace, (name, namespaceCopies) -> {
            Map<String, Copy> kept = namespaceCopies == null ? new ConcurrentHashMap<>() : namespaceCopies;
            Copy replaced = kept.put(key, copy);
            chars.addAndGet(value.length() - (replaced == null ? 0 : replaced.value().length()));
            return kept;
        });
        if (drops.get() != dropsBefore) {
            // a drop came between the read and now: it may have missed this copy
            remove(namespace, key, copy);
        }
    }

    /**
     * Whether the value fits in the budget, once expired copies have made what room they can. A full budget is swept at
     * most once a {@link #SWEEP_INTERVAL}: when reads spread over more entries than fit, a sweep per read would cost more
     * than the copies save.
     */
    private boolean roomFor(String value) {
        if (chars.get() + value.length() <= budgetChars) {
            return true;
        }
        long now = nanoTime.getAsLong();
        long sweepDue = nextSweepNanos;
        if (now - sweepDue < 0 || !sweeping.compareAndSet(false, true)) {
            return false;
        }
        try {
            nextSweepNanos = now + SWEEP_INTERVAL.toNanos();
            copies.forEach((namespace, namespaceCopies) -> namespaceCopies.forEach((key, copy) -> {
                if (now - copy.expiresAtNanos() >= 0) {
                    remove(namespace, key, copy);
                }
            }));
        } finally {
            sweeping.set(false);
        }
        return chars.get() + value.length() <= budgetChars;
    }

    private void drop(String namespace) {
        drops.incrementAndGet();
        copies.computeIfPresent(namespace, (name, namespaceCopies) -> {
            namespaceCopies.values().forEach(copy -> chars.addAndGet(-copy.value().length()));
            return null;
        });
    }

    private void remove(String namespace, String key, Copy copy) {
        copies.computeIfPresent(namespace, (name, namespaceCopies) -> {
            if (namespaceCopies.remove(key, copy)) {
                chars.addAndGet(-copy.value().length());
            }
            return namespaceCopies.isEmpty() ? null : namespaceCopies;
        });
    }
}
