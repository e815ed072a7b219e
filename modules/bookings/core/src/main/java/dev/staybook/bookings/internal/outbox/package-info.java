/** The bookings outbox: events stored with the change that caused them, then delivered at least once. */
package dev.staybook.bookings.internal.outbox;
