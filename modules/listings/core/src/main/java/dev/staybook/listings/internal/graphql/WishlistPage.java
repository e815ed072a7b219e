package dev.staybook.listings.internal.graphql;

import java.util.List;

/** One page of the caller's wishlists and the cursor of the next (null on the last page). */
public final class WishlistPage {

    public final List<WishlistNode> items;
    public final String nextCursor;

    WishlistPage(List<WishlistNode> items, String nextCursor) {
        this.items = items;
        this.nextCursor = nextCursor;
    }
}
