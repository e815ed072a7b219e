/** Reactions to the bookings module's events, delivered by the outbox library. */
package dev.staybook.payments.internal.integration;
