package dev.staybook.bookings.internal.graphql;

import dev.staybook.bookings.api.Party;

/** Whose bookings to list: my trips as a guest, or the bookings of my listings as a host. */
public enum BookingsSide {
    GUEST(Party.GUEST),
    HOST(Party.HOST);

    final Party party;

    BookingsSide(Party party) {
        this.party = party;
    }
}
