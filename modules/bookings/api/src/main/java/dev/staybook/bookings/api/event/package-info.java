/** The booking lifecycle as integration events, delivered at least once through the bookings outbox. */
package dev.staybook.bookings.api.event;
