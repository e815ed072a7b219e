package dev.staybook.listings.internal.graphql;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.input.PageSize;
import dev.staybook.listings.internal.application.Wishlists;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.Wishlist;
import dev.staybook.listings.internal.domain.WishlistEntry;
import dev.staybook.listings.internal.domain.WishlistName;
import dev.staybook.listings.internal.web.ListingIds;
import dev.staybook.listings.internal.web.WishlistCursors;
import dev.staybook.listings.internal.web.WishlistStayParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The signed-in user's wishlists over GraphQL, through the service /users/me/wishlists uses: another user's
 * list does not exist for the caller, and the limits on names, lists and items are the same.
 */
@GraphQLApi
@ApplicationScoped
public class WishlistGraphQL {

    private static final int MAX_LIMIT = 100;

    @Inject
    Wishlists wishlists;
    @Inject
    WishlistNodes nodes;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @Query("myWishlists")
    @Description("My wishlists, newest first, each with its first itemLimit listings (all fetched in one statement)")
    public WishlistPage myWishlists(@Name("limit") @DefaultValue("20") Integer limit, @Name("cursor") String cursor,
                                    @Name("itemLimit") @DefaultValue("10") Integer itemLimit) {
        Caller caller = currentUser.require();
        PageSize.require("limit", limit, MAX_LIMIT);
        PageSize.require("itemLimit", itemLimit, MAX_LIMIT);
        List<Wishlist> page = wishlists.owned(caller, cursor == null ? null : WishlistCursors.wishlist(cursor), limit + 1);
        String next = page.size() > limit ? Cursor.encode(page.get(limit - 1).id().toString()) : null;
        return new WishlistPage(nodes.page(caller, page.stream().limit(limit).toList(), itemLimit), next);
    }

    @Query("wishlist")
    @Description("One of my wishlists with a page of its listings; with checkIn and checkOut (and guests), whether "
            + "each can be booked for that stay and its total")
    public WishlistNode wishlist(@Name("id") @Id @NonNull String id, @Name("checkIn") String checkIn,
                                 @Name("checkOut") String checkOut, @Name("guests") Integer guests,
                                 @Name("limit") @DefaultValue("20") Integer limit, @Name("cursor") String cursor) {
        Caller caller = currentUser.require();
        PageSize.require("limit", limit, MAX_LIMIT);
        UUID wishlistId = WishlistCursors.wishlistId(id);
        SearchCriteria stay = WishlistStayParameters.parse(checkIn, checkOut, guests == null ? null : guests.toString(), clock);
        Wishlists.EntriesPage page = wishlists.entries(caller, wishlistId, stay.stay(), stay.guests(),
                cursor == null ? null : WishlistCursors.entry(cursor), limit);
        String next = null;
        if (page.more()) {
            WishlistEntry last = page.entries().get(page.entries().size() - 1);
            next = WishlistCursors.entry(last.addedAt(), last.listing().id());
        }
        return nodes.one(page.wishlist(), page.entries(), next);
    }

    @Mutation("createWishlist")
    @Description("A new, empty wishlist")
    public WishlistNode createWishlist(@Name("name") @NonNull String name) {
        return nodes.one(wishlists.create(currentUser.require(), new WishlistName(name)), List.of(), null);
    }

    @Mutation("renameWishlist")
    @Description("Rename one of my wishlists; its items are not returned (ask the wishlist query)")
    public WishlistNode renameWishlist(@Name("id") @Id @NonNull String id, @Name("name") @NonNull String name) {
        Caller caller = currentUser.require();
        return nodes.one(wishlists.rename(caller, WishlistCursors.wishlistId(id), new WishlistName(name)), List.of(), null);
    }

    @Mutation("deleteWishlist")
    @Description("Delete one of my wishlists with its items; true when done")
    public boolean deleteWishlist(@Name("id") @Id @NonNull String id) {
        wishlists.delete(currentUser.require(), WishlistCursors.wishlistId(id));
        return true;
    }

    @Mutation("addToWishlist")
    @Description("Add a published listing to one of my wishlists; adding it again changes nothing. true when done")
    public boolean addToWishlist(@Name("wishlistId") @Id @NonNull String wishlistId, @Name("listingId") @Id @NonNull String listingId) {
        Caller caller = currentUser.require();
        wishlists.add(caller, WishlistCursors.wishlistId(wishlistId), ListingIds.parse(listingId));
        return true;
    }

    @Mutation("removeFromWishlist")
    @Description("Remove a listing from one of my wishlists; removing one it does not hold changes nothing. true when done")
    public boolean removeFromWishlist(@Name("wishlistId") @Id @NonNull String wishlistId,
                                      @Name("listingId") @Id @NonNull String listingId) {
        Caller caller = currentUser.require();
        wishlists.remove(caller, WishlistCursors.wishlistId(wishlistId), ListingIds.parse(listingId));
        return true;
    }
}
