package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.ListingAddress;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.internal.domain.AvailabilityCalendar;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingLocks;
import dev.staybook.listings.internal.domain.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

/** Listings' answer to other modules' questions about a listing's terms, prices and availability. */
@ApplicationScoped
@Transactional
public class ListedProperties implements ListingCatalog {

    @Inject
    ListingRepository listings;
    @Inject
    ListingCalendars calendars;
    @Inject
    ListingLocks locks;

    @Override
    public Optional<BookableListing> find(ListingId id) {
        return listings.find(id).map(Listing::bookable);
    }

    @Override
    public boolean isVisibleTo(ListingId id, Optional<Caller> caller) {
        return listings.find(id).filter(listing -> listing.isVisibleTo(caller)).isPresent();
    }

    @Override
    public Map<ListingId, BookableListing> findAll(Collection<ListingId> ids) {
        return listings.findAll(ids).stream().map(Listing::bookable)
                .collect(Collectors.toMap(BookableListing::id, Function.identity()));
    }

    @Override
    public Optional<List<NightlyRate>> availableNightlyRates(BookableListing listing, DateRange stay) {
        AvailabilityCalendar calendar = calendars.around(listing, stay);
        return calendar.isAvailable(stay) ? Optional.of(calendar.nightlyRates(stay)) : Optional.empty();
    }

    @Override
    public Optional<ListingAddress> exactAddress(ListingId id) {
        return listings.find(id).map(listing -> {
            var address = listing.details().address();
            var point = listing.details().location();
            return new ListingAddress(address.street(), address.city(), address.region(), address.postalCode(), address.country(),
                    point.latitude(), point.longitude());
        });
    }

    @Override
    public void lockForBooking(ListingId id) {
        locks.shared(id);
    }
}
