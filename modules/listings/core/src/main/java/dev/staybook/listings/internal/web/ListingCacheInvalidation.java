package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.event.UserProfileChanged;
import dev.staybook.listings.api.event.ListingArchived;
import dev.staybook.listings.api.event.ListingCalendarChanged;
import dev.staybook.listings.api.event.ListingPublished;
import dev.staybook.listings.api.event.ListingRatingUpdated;
import dev.staybook.listings.api.event.ListingUnpublished;
import dev.staybook.listings.api.event.ListingUpdated;
import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Drops cached listing reads when what they show changes. Each observer runs after the change is committed:
 * earlier, a concurrent read could still put the old state back. Calendar changes (host blocks, booked and
 * released nights, new price overrides) affect search pages only, since a listing's details show no calendar;
 * a host's new name shows in their listings' details.
 */
@ApplicationScoped
public class ListingCacheInvalidation {

    private static final int HOST_LISTINGS_PAGE = 100;

    @Inject
    PublicListingCache cache;
    @Inject
    ListingService listings;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingPublished event) {
        cache.listingChanged(event.listingId());
    }

    void unpublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingUnpublished event) {
        cache.listingChanged(event.listingId());
    }

    void updated(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingUpdated event) {
        cache.listingChanged(event.listingId());
    }

    void archived(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingArchived event) {
        cache.listingChanged(event.listingId());
    }

    void rated(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingRatingUpdated event) {
        cache.listingChanged(event.listingId());
    }

    void calendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingCalendarChanged event) {
        cache.searchResultsChanged();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void hostRenamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserProfileChanged event) {
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
