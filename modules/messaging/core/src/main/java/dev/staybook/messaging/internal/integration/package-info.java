/** Reactions to other modules' events: who each booking is between, from the bookings module. */
package dev.staybook.messaging.internal.integration;
