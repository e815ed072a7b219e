package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Hands claimed deliveries to their subscriber. Claim, handlers and the record that they were delivered
 * share one transaction: if it commits, each delivery happened exactly once; if it fails, none did and
 * the locks go with it. A failure is recorded in a transaction of its own.
 */
@ApplicationScoped
public class Deliverer {

    private static final Logger LOG = Logger.getLogger(Deliverer.class.getName());

    @Inject
    DeliveryStore store;
    @Inject
    Subscribers subscribers;
    @Inject
    DeliverySettings settings;
    @Inject
    DeliveryMetrics metrics;
    @Inject
    RemoteCalls remoteCalls;

    /**
     * Claims up to {@code limit} due deliveries of the subscriber into {@code claimed} (so the caller can
     * retry them one by one if the batch fails), calls {@code whenFull} if the batch is full (more may be
     * due: another worker can start on them now), and delivers them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliverDue(Subscriber subscriber, int limit, List<ClaimedDelivery> claimed, Runnable whenFull) {
        claimed.addAll(store.claimDue(subscriber, limit));
        if (claimed.size() == limit) {
            whenFull.run();
        }
        handle(subscriber, claimed);
    }

    /** Delivers one claimed delivery alone (after its batch failed); false if it is no longer pending or must wait. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliverAlone(Subscriber subscriber, long deliveryId) {
        return handle(subscriber, store.claim(subscriber, deliveryId));
    }

    /** Delivers the subscriber's delivery of one event, if nobody else holds it and nothing earlier blocks it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliverNow(Subscriber subscriber, UUID eventId) {
        return handle(subscriber, store.claim(subscriber, eventId));
    }

    /** Counts the failed attempt: the delivery is due again after a pause, or parked after the last attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Subscriber subscriber, ClaimedDelivery delivery, RuntimeException failure) {
        Retries retries = settings.retries();
        int attempt = delivery.attempts() + 1;
        boolean park = retries.exhaustedAfter(attempt);
        String error = Failures.describe(failure);
        store.failed(delivery.id(), error, DeliveryInstance.NAME, retries.pauseAfter(attempt), park);
        metrics.failed(subscriber.name(), park);
        String what = "Delivery %d of %s %s to %s".formatted(delivery.id(), delivery.eventType(), delivery.eventId(), subscriber.name());
        if (park) {
            LOG.log(Level.SEVERE, what + " parked after " + attempt + " attempts; an administrator can retry it: " + error, failure);
        } else {
            LOG.warning(() -> what + " failed (attempt " + attempt + " of " + retries.maxAttempts() + "), retried in "
                    + retries.pauseAfter(attempt) + ": " + error);
        }
    }

    private boolean handle(Subscriber subscriber, List<ClaimedDelivery> claimed) {
        if (claimed.isEmpty()) {
            return false;
        }
        if (settings.faultInjection() && store.faultInjectedFor(subscriber.name())) {
            throw new InjectedFault(subscriber.name());
        }
        store.commitWithoutWaitingForFlush();
        List<IntegrationEvent> events = claimed.stream().map(this::read).collect(Collectors.toCollection(ArrayList::new));
        subscriber.subscriptions().batchOrder().ifPresent(events::sort);
        List<RemoteCall<?>> calls = new ArrayList<>();
        events.forEach(event -> subscriber.handle(event).ifPresent(calls::add));
        remoteCalls.makeAndComplete(calls);
        store.delivered(claimed.stream().map(ClaimedDelivery::id).toList(), DeliveryInstance.NAME);
        metrics.delivered(subscriber.name(), claimed.size());
        return true;
    }

    private IntegrationEvent read(ClaimedDelivery delivery) {
        Class<? extends IntegrationEvent> type = subscribers.eventClass(delivery.eventType())
                .orElseThrow(() -> new IllegalStateException("no subscriber reads events of type " + delivery.eventType()));
        return EventJson.read(delivery.payload(), type);
    }
}
