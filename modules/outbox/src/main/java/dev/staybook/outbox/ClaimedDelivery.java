package dev.staybook.outbox;

import java.util.UUID;

/** A delivery locked by the transaction that handles it, with its event as stored. */
public record ClaimedDelivery(long id, UUID eventId, String eventType, String payload, int attempts) {
}
