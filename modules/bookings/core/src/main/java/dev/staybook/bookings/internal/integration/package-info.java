/** Reactions to other modules' events (payment outcomes). */
package dev.staybook.bookings.internal.integration;
