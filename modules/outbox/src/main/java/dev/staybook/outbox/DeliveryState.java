package dev.staybook.outbox;

/** Where a delivery of an event to one subscriber stands. */
public enum DeliveryState {
    /** Not delivered yet: due now, or after a failed attempt's pause. */
    PENDING,
    /** The subscriber handled it; never delivered again. */
    DELIVERED,
    /** Failed its last attempt; waits for an administrator to retry or dismiss it. */
    PARKED,
    /** An administrator decided it is not to be delivered. */
    DISMISSED
}
