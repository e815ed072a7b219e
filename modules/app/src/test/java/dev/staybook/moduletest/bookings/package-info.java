/** The bookings module deployed alone: quotes, bookings, payment outcomes and cancellations on listings' published terms. */
package dev.staybook.moduletest.bookings;
