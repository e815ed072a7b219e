package dev.staybook.outbox;

import dev.staybook.kernel.SchemasMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's delivery threads. A commit that published events wakes the workers for their
 * subscribers (and first tries the at-once deliveries on the committing thread); a sweep every poll
 * interval finds whatever else is due: retries, and work other instances published or left behind.
 * The sweep also erases the secrets and personal data of events every subscriber is done with
 * ({@link dev.staybook.kernel.event.ErasedAfterDelivery}), a bounded batch at a time.
 * A worker serves one subscriber's batch at a time, so a failing subscriber holds up only itself, and a subscriber
 * whose handlers wait holds at most all workers but one ({@link SubscriberSlots}).
 */
@ApplicationScoped
public class DeliveryWorkers {

    private static final Logger LOG = Logger.getLogger(DeliveryWorkers.class.getName());
    /** Far more than are settled in a poll interval; a backlog (events stored before outbox V3) drains a batch a sweep. */
    private static final int ERASED_PER_SWEEP = 1000;

    @Resource
    ManagedThreadFactory threads;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Subscribers subscribers;
    @Inject
    Deliverer deliverer;
    @Inject
    DeliveryStore store;
    @Inject
    DeliverySettings settings;

    private final DueSubscribers due = new DueSubscribers();
    private final DatabaseOutage outage = new DatabaseOutage(LOG);
    private final List<Thread> workers = new ArrayList<>();
    private volatile SubscriberSlots slots;
    private volatile boolean running;
    private ScheduledFuture<?> sweep;

    void start(@Observes SchemasMigrated migrated) {
        running = true;
        slots = new SubscriberSlots(settings.workers());
        for (int i = 1; i <= settings.workers(); i++) {
            Thread worker = threads.newThread(this::work);
            worker.setName("staybook-events-" + i);
            workers.add(worker);
            worker.start();
        }
        long every = settings.pollInterval().toMillis();
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Event delivery started: " + workers.size() + " workers, " + subscribers.all().size() + " subscribers");
    }

    /** After a commit that published: the at-once deliveries on this thread, then the workers for the rest. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedInTransaction published) {
        for (PublishedInTransaction.AtOnce delivery : published.atOnce()) {
            try {
                deliverer.deliverNow(delivery.subscriber(), delivery.eventId());
            } catch (RuntimeException failure) {
                // a worker tries it again and records the failure
                due.offer(delivery.subscriber().name());
            }
        }
        due.offerAll(published.subscribers());
    }

    /** Looks for the subscriber's due deliveries now (an administrator's retry). */
    void wake(String subscriber) {
        due.offer(subscriber);
    }

    @PreDestroy
    void stop() {
        running = false;
        if (sweep != null) {
            sweep.cancel(false);
        }
        workers.forEach(Thread::interrupt);
    }

    private void sweep() {
        try {
            due.offerAll(store.dueSubscribers(subscribers.all().stream().map(Subscriber::name).toList()));
            store.eraseSettled(ERASED_PER_SWEEP);
            outage.over();
        } catch (RuntimeException failure) {
            outage.noticed(failure);
        }
    }

    private void work() {
        while (running) {
            try {
                String name = due.next(settings.pollInterval());
                if (name != null && slots.tryTake(name)) {
                    try {
                        subscribers.named(name).ifPresent(this::deliverDue);
                    } finally {
                        if (slots.release(name)) {
                            due.offer(name);
                        }
                    }
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                LOG.log(Level.WARNING, "Event delivery worker recovered from an unexpected failure", unexpected);
            }
        }
    }

    private void deliverDue(Subscriber subscriber) {
        List<ClaimedDelivery> claimed = new ArrayList<>();
        try {
            deliverer.deliverDue(subscriber, subscriber.subscriptions().batchSize(settings.batchSize()), claimed,
                    () -> due.offer(subscriber.name()));
            outage.over();
        } catch (RuntimeException failure) {
            if (claimed.isEmpty()) {
                outage.noticed(failure); // nothing was claimed: the database, not a subscriber, failed
            } else if (claimed.size() == 1) {
                failed(subscriber, claimed.get(0), failure);
            } else {
                claimed.forEach(delivery -> deliverAlone(subscriber, delivery));
            }
        }
    }

    /** After its batch failed, each delivery alone: only the ones that fail themselves count an attempt. */
    private void deliverAlone(Subscriber subscriber, ClaimedDelivery delivery) {
        try {
            deliverer.deliverAlone(subscriber, delivery.id());
        } catch (RuntimeException failure) {
            failed(subscriber, delivery, failure);
        }
    }

    private void failed(Subscriber subscriber, ClaimedDelivery delivery, RuntimeException failure) {
        try {
            deliverer.failed(subscriber, delivery, failure);
        } catch (RuntimeException notRecorded) {
            outage.noticed(notRecorded); // still pending: tried again once the database answers
        }
    }
}
