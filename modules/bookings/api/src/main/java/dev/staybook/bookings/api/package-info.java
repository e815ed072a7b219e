/** What the bookings module publishes: booking ids, states, price lines and lifecycle events. */
package dev.staybook.bookings.api;
