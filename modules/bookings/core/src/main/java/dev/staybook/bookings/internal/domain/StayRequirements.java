package dev.staybook.bookings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.StayRules;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The rules a stay must meet before it can be quoted or booked: the listing is published, the guest is
 * not its host, the party fits (adults and children within the listing's maximum, infants not counted; pets only
 * where allowed; at most {@value #MAX_INFANTS} infants and {@value #MAX_PETS} pets anywhere), the stay's length is within the listing's limits, and check-in is at
 * least the listing's advance notice away and check-out within the booking horizon (today being the date in the
 * listing's time zone).
 */
public final class StayRequirements {

    /** Infants and pets a single booking may bring, whatever the listing: a stay, not a nursery or a kennel. */
    public static final int MAX_INFANTS = 5;
    public static final int MAX_PETS = 5;

    private StayRequirements() {
    }

    public static void check(BookableListing listing, DateRange stay, Guests guests, LocalDate todayAtListing) {
        if (!listing.isBookable()) {
            throw new NotFound("listing-not-found", "There is no such listing.");
        }
        checkParty(listing, guests);
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

    /**
     * Today's stay can still be booked until the listing's check-in time: after it, a request would expire before the
     * host could answer and an instant booking would begin at once, with no time to cancel.
     */
    public static void checkCheckInTimeAhead(BookableListing listing, DateRange stay, Instant now) {
        Instant checkInAt = StayTimes.of(stay, listing.timeZone(), listing.checkInFrom(), listing.checkOutUntil()).checkInAt();
        if (!now.isBefore(checkInAt)) {
            throw new RuleViolation("check-in-time-passed", "Check-in on %s was from %s where the listing is (%s): choose a later date."
                    .formatted(stay.checkIn(), listing.checkInFrom(), listing.timeZone()));
        }
    }

    private static void checkParty(BookableListing listing, Guests guests) {
        if (guests.counted() > listing.maxGuests()) {
            throw new RuleViolation("too-many-guests",
                    "This place hosts at most %d guests (adults and children; infants do not count).".formatted(listing.maxGuests()));
        }
        if (guests.infants() > MAX_INFANTS) {
            throw new RuleViolation("too-many-infants", "A booking brings at most %d infants.".formatted(MAX_INFANTS));
        }
        if (guests.pets() > 0 && !listing.petsAllowed()) {
            throw new RuleViolation("pets-not-allowed", "This place does not allow pets.");
        }
        if (guests.pets() > MAX_PETS) {
            throw new RuleViolation("too-many-pets", "A booking brings at most %d pets.".formatted(MAX_PETS));
        }
    }

    /** A guest may not book their own place. */
    public static void checkNotOwnListing(BookableListing listing, UserId guest) {
        if (listing.hostId().equals(guest)) {
            throw new RuleViolation("own-listing", "You cannot book your own listing.");
        }
    }
}
