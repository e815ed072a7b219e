/** Reactions to the bookings module's events, each handled exactly once through the inbox. */
package dev.staybook.payments.internal.integration;
