package dev.staybook.moduletest.bookings;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.ListingAddress;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.api.PriceRules;
import dev.staybook.listings.api.StayRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Test double of listings' published {@link ListingCatalog}: the listings a test publishes, each night at its
 * base price, every night available (as listings would answer: advisory; bookings' own constraint decides).
 */
@ApplicationScoped
public class PublishedListings implements ListingCatalog {

    private final Map<ListingId, BookableListing> listings = new ConcurrentHashMap<>();

    /** A published listing in Lisbon: 100.00 EUR a night, 50.00 EUR cleaning, 1 to 30 nights, up to 4 guests. */
    public BookableListing publish(UserId host, boolean instantBook, CancellationPolicyChoice policy) {
        BookableListing listing = new BookableListing(new ListingId(UUID.randomUUID()), host, ListingStatus.PUBLISHED,
                "Module test flat", ZoneId.of("Europe/Lisbon"), 4, false, new StayRules(1, 30, 0, 0),
                new PriceRules(Money.of("100.00", "EUR"), Money.of("50.00", "EUR"), BigDecimal.ZERO, BigDecimal.ZERO),
                instantBook, policy, LocalTime.of(15, 0), LocalTime.of(11, 0));
        listings.put(listing.id(), listing);
        return listing;
    }

    @Override
    public Optional<BookableListing> find(ListingId id) {
        return Optional.ofNullable(listings.get(id));
    }

    @Override
    public boolean isVisibleTo(ListingId id, Optional<Caller> caller) {
        return listings.containsKey(id);
    }

    @Override
    public Map<ListingId, BookableListing> findAll(Collection<ListingId> ids) {
        return ids.stream().filter(listings::containsKey).collect(Collectors.toMap(Function.identity(), listings::get));
    }

    @Override
    public Optional<List<NightlyRate>> availableNightlyRates(BookableListing listing, DateRange stay) {
        return Optional.of(stay.checkIn().datesUntil(stay.checkOut())
                .map(night -> new NightlyRate(night, listing.priceRules().nightlyPrice())).toList());
    }

    @Override
    public Optional<ListingAddress> exactAddress(ListingId id) {
        return Optional.ofNullable(listings.get(id)).map(listing -> new ListingAddress("1 Canal Street", "Amsterdam", null, "1012", "NL", 52.3676, 4.9041));
    }

    /** One process, no host changes in these tests: nothing to wait for. */
    @Override
    public void lockForBooking(ListingId id) {
    }
}
