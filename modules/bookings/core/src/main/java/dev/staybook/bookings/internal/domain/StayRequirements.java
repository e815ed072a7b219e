package dev.staybook.bookings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.StayRules;
import java.time.LocalDate;

/**
 * The rules a stay must meet before it can be quoted or booked: the listing is published, the guest is
 * not its host, the party fits, the stay's length is within the listing's limits, and check-in is at
 * least the listing's advance notice away and check-out within the booking horizon (today being the date in the
 * listing's time zone).
 */
public final class StayRequirements {

    private StayRequirements() {
    }

    public static void check(BookableListing listing, DateRange stay, int guests, LocalDate todayAtListing) {
        if (!listing.isBookable()) {
            throw new NotFound("listing-not-found", "There is no such listing.");
        }
        if (guests > listing.maxGuests()) {
            throw new RuleViolation("too-many-guests",
                    "This place hosts at most %d guests.".formatted(listing.maxGuests()));
        }
        StayRules rules = listing.stayRules();
        if (stay.nights() < rules.minNights()) {
            throw new RuleViolation("stay-too-short", "Stays here are at least %d nights.".formatted(rules.minNights()));
        }
        if (stay.nights() > rules.maxNights()) {
            throw new RuleViolation("stay-too-long", "Stays here are at most %d nights.".formatted(rules.maxNights()));
        }
        LocalDate earliest = todayAtListing.plusDays(rules.advanceNoticeDays());
        if (stay.checkIn().isBefore(todayAtListing)) {
            throw new RuleViolation("check-in-in-past", "Check-in cannot be in the past.");
        }
        LocalDate latestCheckOut = BookingHorizon.latestCheckOut(todayAtListing);
        if (stay.checkOut().isAfter(latestCheckOut)) {
            throw new RuleViolation("beyond-booking-horizon",
                    "Stays can be booked up to %d days ahead: the latest check-out is %s.".formatted(BookingHorizon.DAYS, latestCheckOut));
        }
        if (stay.checkIn().isBefore(earliest)) {
            throw new RuleViolation("too-little-notice",
                    "This host needs %d days' notice: the earliest check-in is %s.".formatted(rules.advanceNoticeDays(), earliest));
        }
    }

    /** A guest may not book their own place. */
    public static void checkNotOwnListing(BookableListing listing, UserId guest) {
        if (listing.hostId().equals(guest)) {
            throw new RuleViolation("own-listing", "You cannot book your own listing.");
        }
    }
}
