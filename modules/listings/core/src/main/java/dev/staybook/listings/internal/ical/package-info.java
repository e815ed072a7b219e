/** iCalendar (RFC 5545), the format hosts sync calendars with other platforms in: a small reader and writer. */
package dev.staybook.listings.internal.ical;
