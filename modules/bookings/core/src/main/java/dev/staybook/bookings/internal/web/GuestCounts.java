package dev.staybook.bookings.internal.web;

/** The guest fields a quote or booking request carries; see {@link GuestInput}. */
@AdultsGiven
public interface GuestCounts {

    Integer guests();

    Integer adults();

    Integer children();

    Integer infants();

    Integer pets();
}
