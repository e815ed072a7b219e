/** Cancellation policies, versioned, and the refunds they compute line by line. */
package dev.staybook.bookings.internal.domain.cancellation;
