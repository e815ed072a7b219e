package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.Wishlist;
import java.time.Instant;

/** One of the caller's wishlists, with how many listings it holds. */
public record WishlistResponse(String id, String name, int itemCount, Instant createdAt) {

    static WishlistResponse of(Wishlist wishlist) {
        return new WishlistResponse(wishlist.id().toString(), wishlist.name().value(), wishlist.itemCount(), wishlist.createdAt());
    }
}
