package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.bookings.internal.domain.Quote;
import dev.staybook.bookings.internal.domain.StayRequirements;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicies;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicy;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.NightlyRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Prices a stay at a listing after checking it could be booked: the same checks and prices a booking uses. */
@ApplicationScoped
public class QuoteService {

    @Inject
    ListingCatalog catalog;
    @Inject
    BookingSettings settings;
    @Inject
    Clock clock;

    public QuotedStay quote(ListingId listingId, DateRange stay, Guests guests) {
        BookableListing listing = catalog.find(listingId)
                .orElseThrow(() -> new NotFound("listing-not-found", "There is no such listing."));
        Instant now = clock.instant();
        StayRequirements.check(listing, stay, guests, LocalDate.ofInstant(now, listing.timeZone()));
        StayRequirements.checkCheckInTimeAhead(listing, stay, now);
        List<NightlyRate> rates = catalog.availableNightlyRates(listing, stay)
                .orElseThrow(() -> new Conflict("dates-unavailable", "Some of those nights are not available."));
        Quote quote = settings.priceCalculator().quote(stay, guests, listing.priceRules(), rates);
        return new QuotedStay(listing, quote, CancellationPolicies.latest(listing.cancellationPolicy()));
    }

    /** A quote with the listing it is for and the cancellation policy a booking would get. */
    public record QuotedStay(BookableListing listing, Quote quote, CancellationPolicy policy) {
    }
}
