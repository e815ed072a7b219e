package dev.staybook.bookings.internal.domain;

import static dev.staybook.bookings.internal.domain.Fixtures.GUEST;
import static dev.staybook.bookings.internal.domain.Fixtures.HOST;
import static dev.staybook.bookings.internal.domain.Fixtures.listing;
import static dev.staybook.bookings.internal.domain.Fixtures.stay;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.DomainException;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.api.StayRules;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StayRequirementsTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-20");
    private static final DateRange STAY = stay("2027-03-01", "2027-03-04");
    private final BookableListing listing = listing(true, CancellationPolicyChoice.MODERATE);

    private static BookableListing withRules(BookableListing l, StayRules rules) {
        return new BookableListing(l.id(), l.hostId(), l.status(), l.title(), l.timeZone(), l.maxGuests(), l.petsAllowed(), rules,
                l.priceRules(), l.instantBook(), l.cancellationPolicy(), l.checkInFrom(), l.checkOutUntil());
    }

    private BookableListing petFriendly() {
        BookableListing l = listing;
        return new BookableListing(l.id(), l.hostId(), l.status(), l.title(), l.timeZone(), l.maxGuests(), true, l.stayRules(),
                l.priceRules(), l.instantBook(), l.cancellationPolicy(), l.checkInFrom(), l.checkOutUntil());
    }

    private static String codeOf(Runnable check) {
        return assertThrows(DomainException.class, check::run).code();
    }

    @Test
    void acceptsAStayThatMeetsEveryRule() {
        assertDoesNotThrow(() -> StayRequirements.check(listing, stay("2027-03-01", "2027-03-04"), Guests.adults(4), TODAY));
    }

    @Test
    void hidesListingsThatAreNotPublished() {
        BookableListing draft = new BookableListing(listing.id(), HOST, ListingStatus.DRAFT, "x", listing.timeZone(), 4, false,
                listing.stayRules(), listing.priceRules(), true, listing.cancellationPolicy(), listing.checkInFrom(), listing.checkOutUntil());
        assertThrows(NotFound.class, () -> StayRequirements.check(draft, stay("2027-03-01", "2027-03-04"), Guests.adults(1), TODAY));
    }

    @Test
    void refusesMoreGuestsThanThePlaceHosts() {
        assertEquals("too-many-guests", codeOf(() -> StayRequirements.check(listing, stay("2027-03-01", "2027-03-04"), Guests.adults(5), TODAY)));
    }

    @Test
    void countsAdultsAndChildrenAgainstTheMaximumButNotInfants() {
        assertDoesNotThrow(() -> StayRequirements.check(listing, STAY, new Guests(2, 2, 2, 0), TODAY));
        assertEquals("too-many-guests", codeOf(() -> StayRequirements.check(listing, STAY, new Guests(2, 3, 0, 0), TODAY)));
        assertEquals("too-many-guests", codeOf(() -> StayRequirements.check(listing, STAY, new Guests(5, 0, 0, 0), TODAY)));
    }

    @Test
    void takesAtMostFiveInfantsAnywhere() {
        assertDoesNotThrow(() -> StayRequirements.check(listing, STAY, new Guests(1, 0, StayRequirements.MAX_INFANTS, 0), TODAY));
        assertEquals("too-many-infants", codeOf(() -> StayRequirements.check(listing, STAY, new Guests(1, 0, 6, 0), TODAY)));
    }

    @Test
    void refusesPetsWhereTheHouseRulesDoNot() {
        assertEquals("pets-not-allowed", codeOf(() -> StayRequirements.check(listing, STAY, new Guests(2, 0, 0, 1), TODAY)));
        assertDoesNotThrow(() -> StayRequirements.check(listing, STAY, new Guests(2, 1, 1, 0), TODAY));
    }

    @Test
    void takesUpToFivePetsWhereTheHouseRulesAllowThem() {
        assertDoesNotThrow(() -> StayRequirements.check(petFriendly(), STAY, new Guests(2, 0, 0, StayRequirements.MAX_PETS), TODAY));
        assertEquals("too-many-pets", codeOf(() -> StayRequirements.check(petFriendly(), STAY, new Guests(2, 0, 0, 6), TODAY)));
    }

    @Test
    void enforcesMinimumAndMaximumNights() {
        BookableListing strict = withRules(listing, new StayRules(3, 5, 0, 0));
        assertEquals("stay-too-short", codeOf(() -> StayRequirements.check(strict, stay("2027-03-01", "2027-03-03"), Guests.adults(1), TODAY)));
        assertEquals("stay-too-long", codeOf(() -> StayRequirements.check(strict, stay("2027-03-01", "2027-03-07"), Guests.adults(1), TODAY)));
    }

    @Test
    void enforcesAdvanceNoticeInTheListingsCalendar() {
        BookableListing notice = withRules(listing, new StayRules(1, 30, 3, 0));
        assertEquals("too-little-notice", codeOf(() -> StayRequirements.check(notice, stay("2027-02-22", "2027-02-24"), Guests.adults(1), TODAY)));
        assertDoesNotThrow(() -> StayRequirements.check(notice, stay("2027-02-23", "2027-02-24"), Guests.adults(1), TODAY));
        assertEquals("check-in-in-past", codeOf(() -> StayRequirements.check(notice, stay("2027-02-19", "2027-02-24"), Guests.adults(1), TODAY)));
    }

    @Test
    void checkOutIsAtMostTwoYearsOfNightsAhead() {
        // 2027-02-20 plus 731 days is 2029-02-20 (2028 has 366 days)
        assertDoesNotThrow(() -> StayRequirements.check(listing, stay("2029-02-17", "2029-02-20"), Guests.adults(1), TODAY));
        assertEquals("beyond-booking-horizon", codeOf(() -> StayRequirements.check(listing, stay("2029-02-18", "2029-02-21"), Guests.adults(1), TODAY)));
    }

    @Test
    void todaysStayCanBeBookedUntilTheListingsCheckInTime() {
        DateRange tonight = stay("2027-02-20", "2027-02-21");
        // check-in from 15:00 in Amsterdam, which is 14:00 UTC in February
        assertDoesNotThrow(() -> StayRequirements.checkCheckInTimeAhead(listing, tonight, Instant.parse("2027-02-20T13:59:59Z")));
        assertEquals("check-in-time-passed",
                codeOf(() -> StayRequirements.checkCheckInTimeAhead(listing, tonight, Instant.parse("2027-02-20T14:00:00Z"))));
        assertDoesNotThrow(() -> StayRequirements.checkCheckInTimeAhead(listing, stay("2027-02-21", "2027-02-22"),
                Instant.parse("2027-02-20T23:00:00Z")));
    }

    @Test
    void aHostCannotBookTheirOwnPlace() {
        assertThrows(RuleViolation.class, () -> StayRequirements.checkNotOwnListing(listing, HOST));
        assertDoesNotThrow(() -> StayRequirements.checkNotOwnListing(listing, GUEST));
    }
}
