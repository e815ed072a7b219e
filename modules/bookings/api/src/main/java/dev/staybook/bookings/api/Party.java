package dev.staybook.bookings.api;

/** The side of a booking that acted: its guest or the listing's host. */
public enum Party {
    GUEST,
    HOST
}
