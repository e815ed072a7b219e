package dev.staybook.it.events;

import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;

/** The outbox library's tables as the tests read them, and the test-only switch that makes a subscriber fail. */
public final class EventRows {

    private EventRows() {
    }

    /** Every delivery of the subscriber fails until {@link #healed} (the server runs with STAYBOOK_EVENTS_FAULT_INJECTION). */
    public static void failing(String subscriber) {
        ListingFixtures.update("INSERT INTO outbox.injected_faults (subscriber) VALUES (?) ON CONFLICT DO NOTHING", subscriber);
    }

    public static void healed(String subscriber) {
        ListingFixtures.update("DELETE FROM outbox.injected_faults WHERE subscriber = ?", subscriber);
    }

    /** Deliveries of the aggregate's events to the subscriber in the state. */
    static long deliveries(String aggregateId, String subscriber, String state) {
        return StayFixtures.count("SELECT count(*) FROM outbox.deliveries WHERE aggregate_id = ?::uuid AND subscriber = ? AND state = ?",
                aggregateId, subscriber, state);
    }

    /** Deliveries of the aggregate's events that are not delivered yet (pending or parked). */
    static long open(String aggregateId) {
        return StayFixtures.count("SELECT count(*) FROM outbox.deliveries WHERE aggregate_id = ?::uuid AND state IN ('PENDING', 'PARKED')",
                aggregateId);
    }

    static String eventId(String aggregateId, String eventType) {
        return StayFixtures.text("SELECT id::text FROM outbox.events WHERE aggregate_id = ?::uuid AND event_type = ?", aggregateId, eventType);
    }
}
