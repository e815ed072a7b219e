/** Bookings and their lifecycle, prices and the rules a stay must meet. */
package dev.staybook.bookings.internal.domain;
