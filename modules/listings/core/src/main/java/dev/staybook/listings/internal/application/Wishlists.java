package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.Wishlist;
import dev.staybook.listings.internal.domain.WishlistEntry;
import dev.staybook.listings.internal.domain.WishlistName;
import dev.staybook.listings.internal.domain.WishlistRepository;
import dev.staybook.listings.internal.domain.WishlistRepository.EntryPosition;
import dev.staybook.kernel.DateRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The caller's wishlists. A list of another user is not found (404), never revealed. */
@ApplicationScoped
@Transactional
public class Wishlists {

    @Inject
    WishlistRepository wishlists;
    @Inject
    VisibleListings listings;
    @Inject
    Clock clock;

    /** One page of a list's entries, and whether more follow. */
    public record EntriesPage(Wishlist wishlist, List<WishlistEntry> entries, boolean more) {
    }

    public Wishlist create(Caller caller, WishlistName name) {
        Wishlist.requireRoomForAnotherList(wishlists.lockAndCountOwned(caller.id()));
        Instant now = clock.instant();
        Wishlist wishlist = new Wishlist(UuidV7.generate(now), caller.id(), name, 0, now);
        wishlists.add(wishlist);
        return wishlist;
    }

    public List<Wishlist> owned(Caller caller, UUID before, int limit) {
        return wishlists.owned(caller.id(), before, limit);
    }

    public EntriesPage entries(Caller caller, UUID id, DateRange stay, Integer guests, EntryPosition after, int limit) {
        Wishlist wishlist = owned(caller, id);
        List<WishlistEntry> entries = wishlists.entries(id, new WishlistRepository.EntryQuery(stay, guests, after, limit, clock.instant()));
        boolean more = entries.size() > limit;
        return new EntriesPage(wishlist, more ? entries.subList(0, limit) : entries, more);
    }

    /** The first entries of each of these lists of the caller, in one statement; another user's lists are left out. */
    public Map<UUID, List<WishlistEntry>> firstEntries(Caller caller, List<UUID> ids, int perList) {
        return wishlists.firstEntries(caller.id(), ids, perList, clock.instant());
    }

    public Wishlist rename(Caller caller, UUID id, WishlistName name) {
        Wishlist wishlist = ownedForUpdate(caller, id);
        wishlists.rename(id, name);
        return new Wishlist(wishlist.id(), wishlist.owner(), name, wishlist.itemCount(), wishlist.createdAt());
    }

    public void delete(Caller caller, UUID id) {
        ownedForUpdate(caller, id);
        wishlists.delete(id);
    }

    /**
     * Adds a published listing; adding it again changes nothing. A listing the caller may not see is not found,
     * one they may see that is not published (their own draft, an unpublished or archived one) cannot be added.
     */
    public void add(Caller caller, UUID id, ListingId listingId) {
        Wishlist wishlist = ownedForUpdate(caller, id);
        Listing listing = listings.toView(listingId, Optional.of(caller));
        if (listing.status() != ListingStatus.PUBLISHED) {
            throw new RuleViolation("listing-not-published", "Only published listings can be added to a wishlist.");
        }
        if (!wishlists.holds(id, listingId.value())) {
            wishlist.requireRoomForAnotherItem();
            wishlists.addItem(id, listingId.value(), clock.instant());
        }
    }

    /** Removes the listing from the list; removing one it does not hold changes nothing. */
    public void remove(Caller caller, UUID id, ListingId listingId) {
        ownedForUpdate(caller, id);
        wishlists.removeItem(id, listingId.value());
    }

    private Wishlist owned(Caller caller, UUID id) {
        return wishlists.findOwned(id, caller.id()).orElseThrow(Wishlists::notFound);
    }

    private Wishlist ownedForUpdate(Caller caller, UUID id) {
        return wishlists.findOwnedForUpdate(id, caller.id()).orElseThrow(Wishlists::notFound);
    }

    public static NotFound notFound() {
        return new NotFound("wishlist-not-found", "There is no such wishlist.");
    }
}
