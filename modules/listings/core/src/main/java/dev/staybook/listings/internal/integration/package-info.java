/** Reactions to events: booked nights from bookings, ratings from reviews, and stale cached reads from every change. */
package dev.staybook.listings.internal.integration;
