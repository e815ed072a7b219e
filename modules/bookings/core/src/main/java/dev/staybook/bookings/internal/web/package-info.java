/** REST resources for quotes and bookings. */
package dev.staybook.bookings.internal.web;
