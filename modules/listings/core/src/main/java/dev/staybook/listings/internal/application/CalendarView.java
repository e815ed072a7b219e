package dev.staybook.listings.internal.application;

import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarDay;
import java.time.ZoneId;
import java.util.List;

/** The nights of a listing over a span, as the caller may see them (notes for hosts and administrators only). */
public record CalendarView(ListingId listingId, ZoneId timeZone, List<CalendarDay> days) {
}
