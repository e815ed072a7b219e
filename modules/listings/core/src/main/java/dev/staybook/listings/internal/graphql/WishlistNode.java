package dev.staybook.listings.internal.graphql;

import dev.staybook.listings.internal.domain.Wishlist;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** One of the caller's wishlists with a page of its listings (see {@link WishlistNodes}). */
@Name("Wishlist")
@Description("One of my wishlists")
public final class WishlistNode {

    @Id
    @NonNull
    public final String id;
    public final String name;
    public final int itemCount;
    public final String createdAt;
    @Description("Its listings, last added first")
    public final List<WishlistItem> items;
    @Description("Where the next page of items starts (wishlist query), null after the last")
    public final String nextItemsCursor;

    WishlistNode(Wishlist wishlist, List<WishlistItem> items, String nextItemsCursor) {
        this.id = wishlist.id().toString();
        this.name = wishlist.name().value();
        this.itemCount = wishlist.itemCount();
        this.createdAt = wishlist.createdAt().toString();
        this.items = items;
        this.nextItemsCursor = nextItemsCursor;
    }
}
