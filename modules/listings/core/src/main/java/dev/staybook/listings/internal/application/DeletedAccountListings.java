package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.listings.api.event.ListingArchived;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingRepository;
import dev.staybook.listings.internal.domain.Wishlist;
import dev.staybook.listings.internal.domain.WishlistRepository;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a deleted account leaves in listings: its listings are archived (no longer shown or bookable; bookings made
 * before still name them) and its wishlists are removed.
 */
@ApplicationScoped
@Transactional
public class DeletedAccountListings {

    private static final int PAGE = 100;

    @Inject
    ListingRepository listings;
    @Inject
    WishlistRepository wishlists;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    public void accountDeleted(UserId user) {
        archiveListingsOf(user);
        removeWishlistsOf(user);
    }

    private void archiveListingsOf(UserId host) {
        Instant now = clock.instant();
        List<Listing> page = listings.ofHost(host, null, PAGE);
        while (!page.isEmpty()) {
            for (Listing listing : page) {
                if (listing.archive(now)) {
                    outbox.publish(new ListingArchived(UuidV7.generate(now), listing.id(), listing.hostId(), now));
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            page = listings.ofHost(host, page.get(page.size() - 1).id().value(), PAGE);
        }
    }

    private void removeWishlistsOf(UserId owner) {
        List<Wishlist> page = wishlists.owned(owner, null, PAGE);
        while (!page.isEmpty()) {
            page.stream().map(Wishlist::id).forEach(wishlists::delete);
            // deleted lists are gone, so the next page starts from the top again
            page = wishlists.owned(owner, null, PAGE);
        }
    }
}
