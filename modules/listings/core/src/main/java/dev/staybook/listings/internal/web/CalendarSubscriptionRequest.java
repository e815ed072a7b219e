package dev.staybook.listings.internal.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An external calendar to subscribe a listing to. */
@Schema(name = "CalendarSubscriptionRequest")
public record CalendarSubscriptionRequest(
        @Schema(required = true, minLength = 1, maxLength = 100, example = "Airbnb") String name,
        @Schema(required = true, maxLength = 2000, description = "An http or https URL on the public internet",
                example = "https://www.airbnb.com/calendar/ical/123.ics?s=abc") String url) {
}
