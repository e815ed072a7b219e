/** iCalendar (RFC 5545), the format hosts sync calendars with other platforms in: reading with ical4j, and the feed's writer. */
package dev.staybook.listings.internal.ical;
