package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.api.event.ListingArchived;
import dev.staybook.listings.api.event.ListingUnpublished;
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
import java.util.function.Consumer;

/**
 * What an account that closes leaves in listings. Deleted: its listings are archived (no longer shown or bookable;
 * bookings made before still name them) and its wishlists are removed. Suspended: its published listings are
 * unpublished, so that no guest books and pays a host who cannot sign in to host them; bookings already made stay,
 * and once reinstated the host publishes them again.
 */
@ApplicationScoped
@Transactional
public class ClosedAccountListings {

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

    public void hostSuspended(UserId host) {
        Instant now = clock.instant();
        forEachListingOf(host, listing -> {
            if (listing.status() == ListingStatus.PUBLISHED) {
                listing.unpublish(now);
                outbox.publish(new ListingUnpublished(UuidV7.generate(now), listing.id(), listing.hostId(), now));
            }
        });
    }

    private void archiveListingsOf(UserId host) {
        Instant now = clock.instant();
        forEachListingOf(host, listing -> {
            if (listing.archive(now)) {
                outbox.publish(new ListingArchived(UuidV7.generate(now), listing.id(), listing.hostId(), now));
            }
        });
    }

    private void forEachListingOf(UserId host, Consumer<Listing> action) {
        List<Listing> page = listings.ofHost(host, null, PAGE);
        while (!page.isEmpty()) {
            page.forEach(action);
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
