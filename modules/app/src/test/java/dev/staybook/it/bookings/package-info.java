/** System tests of quotes and bookings over HTTP: prices, the booking lifecycle, payments, refunds, deadlines, concurrency. */
package dev.staybook.it.bookings;
