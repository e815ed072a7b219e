/** JPA repositories over the bookings schema. */
package dev.staybook.bookings.internal.persistence;
