package dev.staybook.listings.internal.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A wishlist with one page of its listings, last added first. */
@Schema(requiredProperties = {"id", "name", "itemCount", "items"})
public record WishlistPageResponse(@Schema(format = "uuid") String id, String name, int itemCount, List<WishlistItemResponse> items, String nextCursor) {
}
