package dev.staybook.listings.internal.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where other platforms import the listing's calendar from: the feed URL with its secret token. */
@Schema(name = "CalendarFeed", requiredProperties = {"url", "token"})
public record CalendarFeedResponse(
        @Schema(description = "The export feed's URL, token included: give it only to the platforms that should import it") String url,
        @Schema(description = "The secret token alone (128 random bits, base64url)") String token) {
}
