package dev.staybook.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A cache that counts its reads through {@link #get(String, String, Duration, Supplier)} as hits and misses
 * ({@code staybook_cache_reads_total{namespace, result}}); the hit ratio is hits over all reads of a namespace.
 * The tag is the namespace's family, the part before its first colon: {@code listing:<id>} namespaces share the
 * series {@code listing}, so there is one series per kind of entry, not one per listing.
 */
final class CountedReads implements Cache {

    private static final Metadata READS = Metadata.builder().withName("staybook.cache.reads")
            .withDescription("Cache reads by namespace, served from the cache (hit) or computed (miss)").build();

    private final Cache cache;
    private final MetricRegistry metrics;
    /**
     * The counters by family and result, taken from the registry once: looking one up builds and checks its tags and
     * id, 5 % of an anonymous cached listing read in JFR (modules/benchmarks/results/hot-paths.md).
     */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CountedReads(Cache cache, MetricRegistry metrics) {
        this.cache = cache;
        this.metrics = metrics;
    }

    @Override
    public Cached get(String namespace, String key, Duration ttl, Supplier<String> compute) {
        Cached cached = cache.get(namespace, key, ttl, compute);
        int colon = namespace.indexOf(':');
        String family = colon < 0 ? namespace : namespace.substring(0, colon);
        readsOf(family, cached.hit() ? "hit" : "miss").inc();
        return cached;
    }

    private Counter readsOf(String family, String result) {
        return counters.computeIfAbsent(family + ' ' + result,
                ignored -> metrics.counter(READS, new Tag("namespace", family), new Tag("result", result)));
    }

    @Override
    public Optional<String> get(String namespace, String key) {
        return cache.get(namespace, key);
    }

    @Override
    public void put(String namespace, String key, String value, Duration ttl) {
        cache.put(namespace, key, value, ttl);
    }

    @Override
    public void invalidate(String namespace, String key) {
        cache.invalidate(namespace, key);
    }

    @Override
    public void invalidateAll(String namespace) {
        cache.invalidateAll(namespace);
    }
}
