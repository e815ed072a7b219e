/** JPA repositories and SQL over the listings schema: the calendar, booked stays and search. */
package dev.staybook.listings.internal.persistence;
