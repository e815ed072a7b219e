/** Reactions to other modules' events: booked nights from the bookings module. */
package dev.staybook.listings.internal.integration;
