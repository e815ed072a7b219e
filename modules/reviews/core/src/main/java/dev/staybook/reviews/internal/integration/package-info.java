/** Reactions to events: completed stays from bookings, and our own published reviews counted into ratings. */
package dev.staybook.reviews.internal.integration;
