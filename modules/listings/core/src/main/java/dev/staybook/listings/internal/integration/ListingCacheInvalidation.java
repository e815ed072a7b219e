package dev.staybook.listings.internal.integration;

import dev.staybook.identity.api.event.UserProfileChanged;
import dev.staybook.listings.api.event.ListingArchived;
import dev.staybook.listings.api.event.ListingCalendarChanged;
import dev.staybook.listings.api.event.ListingPublished;
import dev.staybook.listings.api.event.ListingRatingUpdated;
import dev.staybook.listings.api.event.ListingUnpublished;
import dev.staybook.listings.api.event.ListingUpdated;
import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import dev.staybook.listings.internal.web.PublicListingCache;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Drops cached listing reads when what they show changes. Delivered at once after the change commits
 * (earlier, a concurrent read could still put the old state back), on the committing thread, so the
 * caller's next read on this instance already misses (other instances drop their copies when the cache's
 * announcement reaches them); the workers deliver whatever that misses, also after a crash.
 * Calendar changes (host blocks, booked and released nights, new price overrides) affect search pages
 * only, since a listing's details show no calendar; a host's new name shows in their listings' details.
 */
@ApplicationScoped
public class ListingCacheInvalidation implements EventSubscriber {

    private static final int HOST_LISTINGS_PAGE = 100;

    @Inject
    PublicListingCache cache;
    @Inject
    ListingService listings;

    @Override
    public String name() {
        return "listings.cache";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().atOnce()
                .on(ListingPublished.class, event -> cache.listingChanged(event.listingId()))
                .on(ListingUnpublished.class, event -> cache.listingChanged(event.listingId()))
                .on(ListingUpdated.class, event -> cache.listingChanged(event.listingId()))
                .on(ListingArchived.class, event -> cache.listingChanged(event.listingId()))
                .on(ListingRatingUpdated.class, event -> cache.listingChanged(event.listingId()))
                .on(ListingCalendarChanged.class, event -> cache.searchResultsChanged())
                .on(UserProfileChanged.class, this::hostRenamed);
    }

    private void hostRenamed(UserProfileChanged event) {
        List<ListingSnapshot> page = listings.listingsOfHost(event.userId(), null, HOST_LISTINGS_PAGE);
        while (!page.isEmpty()) {
            page.forEach(listing -> cache.detailsChanged(listing.id()));
            if (page.size() < HOST_LISTINGS_PAGE) {
                return;
            }
            page = listings.listingsOfHost(event.userId(), page.get(page.size() - 1).id().value(), HOST_LISTINGS_PAGE);
        }
    }
}
