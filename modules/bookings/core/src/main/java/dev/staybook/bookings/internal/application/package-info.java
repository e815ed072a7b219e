/** Thin transactional services: quote, book, answer, cancel, and the time-driven transitions. */
package dev.staybook.bookings.internal.application;
