package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.WishlistEntry;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A listing on a wishlist: its search card (stayPrice only when dates were given and it is available), whether
 * it can be booked (for the dates, when given; unpublished listings never), and when it was added.
 */
@Schema(requiredProperties = {"listing", "available", "addedAt"})
public record WishlistItemResponse(SearchItem listing,
                                   @Schema(description = "With checkIn and checkOut: whether that stay can be booked; without: whether the listing is published")
                                   boolean available,
                                   Instant addedAt) {

    static WishlistItemResponse of(WishlistEntry entry) {
        return new WishlistItemResponse(SearchItem.of(entry.listing()), entry.available(), entry.addedAt());
    }
}
