/** REST resources for listings, amenities, calendars and search, and the JSON they read and write. */
package dev.staybook.listings.internal.web;
