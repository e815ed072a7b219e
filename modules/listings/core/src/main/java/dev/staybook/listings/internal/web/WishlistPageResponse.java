package dev.staybook.listings.internal.web;

import java.util.List;

/** A wishlist with one page of its listings, last added first. */
public record WishlistPageResponse(String id, String name, int itemCount, List<WishlistItemResponse> items, String nextCursor) {
}
