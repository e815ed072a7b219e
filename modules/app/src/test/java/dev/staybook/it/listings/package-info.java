/** System tests of listings: lifecycle, amenities, calendar, iCalendar sync, search and its query plans. */
package dev.staybook.it.listings;
