package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.Wishlist;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's wishlists, with how many listings it holds. */
@Schema(requiredProperties = {"id", "name", "itemCount", "createdAt"})
public record WishlistResponse(@Schema(format = "uuid") String id, String name, int itemCount, Instant createdAt) {

    static WishlistResponse of(Wishlist wishlist) {
        return new WishlistResponse(wishlist.id().toString(), wishlist.name().value(), wishlist.itemCount(), wishlist.createdAt());
    }
}
