package dev.staybook.outbox;

import dev.staybook.kernel.SchemasMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Event delivery on {@code /metrics}, per subscriber: deliveries made, failed attempts and parkings by this
 * instance (counters, there at 0 from the start), and across all instances what is pending, parked and how old the
 * oldest pending delivery is (gauges, read from the database at most once a second).
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final Duration SNAPSHOT_AGE = Duration.ofSeconds(1);
    private static final String DELIVERED = "staybook.events.delivered";
    private static final String FAILED_ATTEMPTS = "staybook.events.failed.attempts";
    private static final String PARKINGS = "staybook.events.parkings";

    @Inject
    MetricRegistry registry;
    @Inject
    Subscribers subscribers;
    @Inject
    DeliveryStore store;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());

    void register(@Observes SchemasMigrated migrated) {
        for (Subscriber subscriber : subscribers.all()) {
            Tag tag = new Tag("subscriber", subscriber.name());
            registry.gauge(described("staybook.events.pending", "Deliveries not yet made, due or waiting for a retry (all instances)"),
                    () -> backlogOf(subscriber.name(), DeliveryStore.Backlog::pending), tag);
            registry.gauge(described("staybook.events.parked", "Deliveries that failed their last attempt and wait for an administrator"),
                    () -> backlogOf(subscriber.name(), DeliveryStore.Backlog::parked), tag);
            registry.gauge(described("staybook.events.lag.seconds", "Age of the oldest pending delivery's event, in seconds"),
                    () -> backlogOf(subscriber.name(), DeliveryStore.Backlog::lagSeconds), tag);
            // the counters too, at 0: a series that appears only when it first moves escapes rate() and fires absent()
            for (String counter : List.of(DELIVERED, FAILED_ATTEMPTS, PARKINGS)) {
                counter(counter, subscriber.name());
            }
        }
    }

    void delivered(String subscriber, int count) {
        counter(DELIVERED, subscriber).inc(count);
    }

    void failed(String subscriber, boolean parked) {
        counter(FAILED_ATTEMPTS, subscriber).inc();
        if (parked) {
            counter(PARKINGS, subscriber).inc();
        }
    }

    private Counter counter(String name, String subscriber) {
        return counters.computeIfAbsent(name + "/" + subscriber, key -> registry.counter(name, new Tag("subscriber", subscriber)));
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private double backlogOf(String subscriber, ToDoubleFunction<DeliveryStore.Backlog> value) {
        Snapshot current = snapshot;
        if (current.takenAt().plus(SNAPSHOT_AGE).isBefore(Instant.now())) {
            try {
                current = new Snapshot(Instant.now(), store.backlog());
                snapshot = current;
            } catch (RuntimeException databaseAway) {
                return Double.NaN; // a scrape never fails; the gap shows in the series
            }
        }
        DeliveryStore.Backlog backlog = current.bySubscriber().get(subscriber);
        return backlog == null ? 0 : value.applyAsDouble(backlog);
    }

    private record Snapshot(Instant takenAt, Map<String, DeliveryStore.Backlog> bySubscriber) {
    }
}
