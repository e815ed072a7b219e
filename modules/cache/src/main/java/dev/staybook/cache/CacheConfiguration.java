package dev.staybook.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import redis.clients.jedis.RedisClient;

/**
 * Chooses where the cache and the rate counters live: in Redis if {@code STAYBOOK_REDIS_URL} is set (every
 * instance with the same Redis and key prefix shares them), otherwise in this process (right for one
 * instance). Keys start with {@code STAYBOOK_REDIS_KEY_PREFIX}, so several deployments can share a Redis.
 */
@ApplicationScoped
public class CacheConfiguration {

    private static final Logger LOG = Logger.getLogger(CacheConfiguration.class.getName());
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);
    private static final int IN_PROCESS_MAX_ENTRIES = 20_000;

    @Inject
    @ConfigProperty(name = "staybook.redis.url")
    Optional<String> redisUrl;
    @Inject
    @ConfigProperty(name = "staybook.redis.key-prefix", defaultValue = "staybook:")
    String keyPrefix;
    @Inject
    MetricRegistry metrics;
    @Resource
    ManagedThreadFactory threads;

    private final RedisOutage outage = new RedisOutage(PAUSE_AFTER_FAILURE, System::nanoTime);
    private RedisClient redis;
    private CacheAnnouncements announcements;

    @PostConstruct
    void connect() {
        Optional<String> url = redisUrl.filter(value -> !value.isBlank());
        if (url.isPresent()) {
            redis = RedisConnection.open(url.get());
            LOG.info(() -> "Cache and rate counters in Redis at %s, keys prefixed %s".formatted(RedisConnection.describe(url.get()), keyPrefix));
        } else {
            LOG.info("STAYBOOK_REDIS_URL is not set: cache and rate counters are kept in this process");
        }
    }

    /** In Redis, shared by every instance, with copies of the entries this instance reads in its {@link NearCache}; else here. */
    @Produces
    @ApplicationScoped
    Cache cache() {
        if (redis == null) {
            KeyValueStore inProcess = new InProcessStore(IN_PROCESS_MAX_ENTRIES, System::nanoTime);
            return new CountedReads(new VersionedCache(inProcess, outage, keyPrefix), metrics);
        }
        String url = redisUrl.orElseThrow();
        announcements = new CacheAnnouncements(redis, () -> RedisConnection.subscriber(url), keyPrefix + "cache-announcements", outage,
                PAUSE_AFTER_FAILURE);
        NearCache nearCache = new NearCache(new VersionedCache(new RedisStore(redis), outage, keyPrefix), announcements::announce,
                System::nanoTime, NearCache.COPY_TTL, NearCache.BUDGET_CHARS);
        Thread listener = threads.newThread(() -> announcements.listen(nearCache));
        listener.setName("staybook-cache-announcements");
        listener.start();
        return new CountedReads(nearCache, metrics);
    }

    @Produces
    @ApplicationScoped
    RateCounters rateCounters() {
        if (redis == null) {
            return (name, window, limit) -> new InProcessRateCounter(window, limit);
        }
        return (name, window, limit) -> new FailSafeRateCounter(
                new RedisRateCounter(redis, keyPrefix + "rate:" + name + ":", window, limit),
                new InProcessRateCounter(window, limit), outage);
    }

    @PreDestroy
    void close() {
        if (announcements != null) {
            announcements.close();
        }
        if (redis != null) {
            redis.close();
        }
    }
}
