package dev.staybook.listings.internal.domain;

/** What a night of the calendar is to a guest looking for a stay. */
public enum DayStatus {
    AVAILABLE,
    /** The host closed the night. */
    BLOCKED,
    /** A booking has the night. */
    BOOKED,
    /** Kept free before or after a booked stay, for the host's preparation days. */
    PREPARATION
}
