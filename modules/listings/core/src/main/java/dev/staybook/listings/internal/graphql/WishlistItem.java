package dev.staybook.listings.internal.graphql;

import dev.staybook.listings.internal.domain.WishlistEntry;
import org.eclipse.microprofile.graphql.Description;

/** A listing on a wishlist, as GET /users/me/wishlists/{id} shows it. */
@Description("A listing on a wishlist")
public final class WishlistItem {

    public final ListingSummary listing;
    @Description("With checkIn and checkOut: whether that stay can be booked; without: whether the listing is published")
    public final boolean available;
    public final String addedAt;

    private WishlistItem(WishlistEntry entry, Person host) {
        this.listing = ListingSummary.of(entry.listing(), host);
        this.available = entry.available();
        this.addedAt = entry.addedAt().toString();
    }

    static WishlistItem of(WishlistEntry entry, Person host) {
        return new WishlistItem(entry, host);
    }
}
