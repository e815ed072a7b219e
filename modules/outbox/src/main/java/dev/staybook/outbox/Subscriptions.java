package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a subscriber declares: a handler per event type, whether it needs each aggregate's events in the
 * order they were published, and whether it is delivered at once after the publishing commit.
 */
public final class Subscriptions {

    private final boolean inOrderPerAggregate;
    /** Each handler, answering the remote call it asks for, or null. */
    private final Map<Class<? extends IntegrationEvent>, Function<IntegrationEvent, RemoteCall<?>>> handlers = new LinkedHashMap<>();
    private boolean atOnce;
    private Comparator<IntegrationEvent> batchOrder;
    private int maxBatch = Integer.MAX_VALUE;

    private Subscriptions(boolean inOrderPerAggregate) {
        this.inOrderPerAggregate = inOrderPerAggregate;
    }

    /**
     * Events of one aggregate are handled one after the other, in publication order: a later one waits
     * while an earlier one is retried or parked. For handlers whose effects depend on each other (hold,
     * then release).
     */
    public static Subscriptions inOrderPerAggregate() {
        return new Subscriptions(true);
    }

    /** Events are handled as they come, in parallel; for handlers that do not depend on each other. */
    public static Subscriptions inAnyOrder() {
        return new Subscriptions(false);
    }

    public <E extends IntegrationEvent> Subscriptions on(Class<E> type, Consumer<? super E> handler) {
        return add(type, event -> {
            handler.accept(type.cast(event));
            return null;
        });
    }

    /**
     * A handler that calls a remote service: it does what it can before the answer and returns the call with what
     * follows it ({@link RemoteCall}); the calls of one batch are made at the same time.
     */
    public <E extends IntegrationEvent> Subscriptions onCalling(Class<E> type, Function<? super E, RemoteCall<?>> handler) {
        return add(type, event -> handler.apply(type.cast(event)));
    }

    private Subscriptions add(Class<? extends IntegrationEvent> type, Function<IntegrationEvent, RemoteCall<?>> handler) {
        if (handlers.containsKey(type)) {
            throw new IllegalArgumentException(type.getSimpleName() + " is handled twice");
        }
        handlers.put(type, handler);
        return this;
    }

    /**
     * Also tries each delivery on the publishing thread right after its commit, before the caller is
     * answered (what a cache needs to never show a change late); the workers deliver whatever that misses.
     */
    public Subscriptions atOnce() {
        this.atOnce = true;
        return this;
    }

    /**
     * Handles the events of one batch (one transaction) in this order rather than as they were claimed:
     * handlers that lock shared rows (a listing, for the bookings of it) then lock them in the same order in
     * every transaction, and concurrent batches never deadlock. A batch never holds two events of one
     * aggregate, so order per aggregate is unaffected.
     */
    public Subscriptions batchedInOrderOf(Comparator<IntegrationEvent> order) {
        this.batchOrder = order;
        return this;
    }

    /**
     * At most this many deliveries per transaction (the instance's batch size still caps it). For handlers
     * that keep many entities per event: every query of a transaction dirty-checks all the entities it holds,
     * so their cost grows with the square of the batch.
     */
    public Subscriptions batchesOfAtMost(int deliveries) {
        if (deliveries < 1) {
            throw new IllegalArgumentException("a batch holds at least one delivery");
        }
        this.maxBatch = deliveries;
        return this;
    }

    boolean inOrder() {
        return inOrderPerAggregate;
    }

    boolean isAtOnce() {
        return atOnce;
    }

    int batchSize(int instanceBatchSize) {
        return Math.min(maxBatch, instanceBatchSize);
    }

    /** The order in which one batch's events are handled, if the subscriber declared one. */
    Optional<Comparator<IntegrationEvent>> batchOrder() {
        return Optional.ofNullable(batchOrder);
    }

    Set<Class<? extends IntegrationEvent>> eventTypes() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    /** Handles the event; the remote call its handler asks for, if any, is still to be made. */
    Optional<RemoteCall<?>> handle(IntegrationEvent event) {
        Function<IntegrationEvent, RemoteCall<?>> handler = handlers.get(event.getClass());
        if (handler == null) {
            throw new IllegalArgumentException("no handler for " + event.getClass().getSimpleName());
        }
        return Optional.ofNullable(handler.apply(event));
    }
}
