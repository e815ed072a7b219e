/** Reactions to other modules' events: booked nights from bookings, ratings from reviews. */
package dev.staybook.listings.internal.integration;
