package dev.staybook.listings.internal.domain;

/**
 * What a night of the calendar is to a guest looking for a stay. Only an AVAILABLE night can be part of a stay
 * booked today; the others say why not.
 */
public enum DayStatus {
    AVAILABLE,
    /** The host closed the night. */
    BLOCKED,
    /** A booking has the night. */
    BOOKED,
    /** Kept free before or after a booked stay, for the host's preparation days. */
    PREPARATION,
    /** Before today at the listing. */
    PAST,
    /** Within the host's advance notice, or today once its check-in time has passed: too soon to check in. */
    TOO_SOON,
    /** After the last night the booking horizon lets a stay booked now reach. */
    BEYOND_HORIZON
}
