package dev.staybook.bookings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.api.PriceRules;
import dev.staybook.listings.api.StayRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Listings, stays and rates shared by the bookings domain tests. */
final class Fixtures {

    static final UserId HOST = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final UserId GUEST = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
    static final FeeSchedule FEES = new FeeSchedule(new BigDecimal("14"), new BigDecimal("3"), new BigDecimal("10"));

    private Fixtures() {
    }

    static DateRange stay(String checkIn, String checkOut) {
        return new DateRange(LocalDate.parse(checkIn), LocalDate.parse(checkOut));
    }

    static PriceRules eurPrices(String nightly, String cleaning, String weekly, String monthly) {
        return new PriceRules(Money.of(nightly, "EUR"), Money.of(cleaning, "EUR"), new BigDecimal(weekly), new BigDecimal(monthly));
    }

    static List<NightlyRate> flatRates(DateRange stay, String price) {
        return stay.nightsStream().map(night -> new NightlyRate(night, Money.of(price, "EUR"))).toList();
    }

    static BookableListing listing(boolean instantBook, CancellationPolicyChoice policy) {
        return new BookableListing(new ListingId(UUID.fromString("00000000-0000-0000-0000-0000000000c3")), HOST,
                ListingStatus.PUBLISHED, "Canal loft", ZoneId.of("Europe/Amsterdam"), 4, false, new StayRules(1, 30, 0, 1),
                eurPrices("100.00", "40.00", "10", "20"), instantBook, policy, LocalTime.of(15, 0), LocalTime.of(11, 0));
    }
}
