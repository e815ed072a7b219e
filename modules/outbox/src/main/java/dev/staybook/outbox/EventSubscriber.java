package dev.staybook.outbox;

/**
 * A module's reaction to events, as a CDI bean in its {@code integration} package. The library delivers
 * each event of the declared types once, in a transaction it opens and in which it records the delivery:
 * a handler joins that transaction (its services are {@code REQUIRED} or {@code MANDATORY}, never
 * {@code REQUIRES_NEW}) and holds no deduplication of its own. A handler that throws is retried later
 * with growing pauses and parked after the last attempt; no other subscriber waits for it.
 */
public interface EventSubscriber {

    /**
     * Stable name, {@code <module>.<what>} (for example {@code payments.booking-money}), stored with every
     * delivery: renaming a subscriber orphans its pending deliveries.
     */
    String name();

    /** The events it handles, how, and whether it needs them in order per aggregate. */
    Subscriptions subscriptions();
}
