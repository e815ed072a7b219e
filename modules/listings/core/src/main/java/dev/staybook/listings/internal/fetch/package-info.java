/** Fetching what hosts point the server at (subscribed calendars), only from public addresses, bounded in size and time. */
package dev.staybook.listings.internal.fetch;
