package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.ListingStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private final UserId host = new UserId(UUID.randomUUID());

    private Listing draft(ListingDetails details) {
        return Listing.draft(UUID.randomUUID(), host, details, T0);
    }

    @Test
    void startsAsADraftOfItsHost() {
        Listing listing = draft(TestListings.complete());
        assertEquals(ListingStatus.DRAFT, listing.status());
        assertEquals(host, listing.hostId());
        assertNull(listing.snapshot().publishedAt());
        assertEquals(TestListings.complete(), listing.details());
    }

    @Test
    void publishingNeedsADescriptionAndAPhoto() {
        Listing listing = draft(TestListings.draft());
        RuleViolation missing = assertThrows(RuleViolation.class, () -> listing.publish(T1));
        assertEquals("listing-incomplete", missing.code());
        assertTrue(missing.getMessage().contains("a description") && missing.getMessage().contains("at least one photo"));
        assertEquals(ListingStatus.DRAFT, listing.status());
    }

    @Test
    void publishesUnpublishesAndRepublishesKeepingTheFirstPublicationDate() {
        Listing listing = draft(TestListings.complete());
        listing.publish(T1);
        assertEquals(T1, listing.snapshot().publishedAt());
        listing.unpublish(T1.plusSeconds(60));
        assertEquals(ListingStatus.UNPUBLISHED, listing.status());
        listing.publish(T1.plusSeconds(120));
        assertEquals(ListingStatus.PUBLISHED, listing.status());
        assertEquals(T1, listing.snapshot().publishedAt());
    }

    @Test
    void illegalTransitionsAreConflictsWithClearCodes() {
        Listing listing = draft(TestListings.complete());
        assertEquals("not-published", assertThrows(Conflict.class, () -> listing.unpublish(T1)).code());
        listing.publish(T1);
        assertEquals("already-published", assertThrows(Conflict.class, () -> listing.publish(T1)).code());
    }

    @Test
    void archivingIsFinalAndIdempotent() {
        Listing listing = draft(TestListings.draft());
        assertTrue(listing.archive(T1));
        assertFalse(listing.archive(T1));
        assertEquals(ListingStatus.ARCHIVED, listing.status());
        assertEquals("listing-archived", assertThrows(Conflict.class, () -> listing.publish(T1)).code());
        assertEquals("listing-archived", assertThrows(Conflict.class, () -> listing.revise(TestListings.complete(), T1)).code());
        assertEquals("listing-archived", assertThrows(Conflict.class, () -> listing.unpublish(T1)).code());
    }

    @Test
    void aPublishedListingMustStayComplete() {
        Listing listing = draft(TestListings.complete());
        listing.publish(T1);
        ListingDetails withoutPhotos = TestListings.details("Same", "Still described", List.of());
        assertThrows(RuleViolation.class, () -> listing.revise(withoutPhotos, T1));
        assertEquals(TestListings.complete(), listing.details());
    }

    @Test
    void draftsMayBeRevisedFreely() {
        Listing listing = draft(TestListings.complete());
        listing.revise(TestListings.draft(), T1);
        assertEquals(TestListings.draft(), listing.details());
        assertEquals(T1, listing.snapshot().updatedAt());
    }

    @Test
    void onlyPublishedListingsAreVisibleToEveryone() {
        Listing listing = draft(TestListings.complete());
        Caller stranger = new Caller(new UserId(UUID.randomUUID()), Set.of(Role.GUEST));
        Caller admin = new Caller(new UserId(UUID.randomUUID()), Set.of(Role.GUEST, Role.ADMIN));
        Caller owner = new Caller(host, Set.of(Role.GUEST, Role.HOST));
        assertFalse(listing.isVisibleTo(Optional.empty()));
        assertFalse(listing.isVisibleTo(Optional.of(stranger)));
        assertTrue(listing.isVisibleTo(Optional.of(owner)));
        assertTrue(listing.isVisibleTo(Optional.of(admin)));
        listing.publish(T1);
        assertTrue(listing.isVisibleTo(Optional.empty()));
        assertFalse(listing.isManagedBy(stranger));
        assertTrue(listing.isManagedBy(admin));
    }

    @Test
    void recordsTheRatingSummaryOfReviews() {
        Listing listing = draft(TestListings.complete());
        assertNull(listing.snapshot().ratingAverage());
        listing.recordRating(new BigDecimal("4.756"), 12);
        assertEquals(new BigDecimal("4.76"), listing.snapshot().ratingAverage());
        assertEquals(12, listing.snapshot().ratingCount());
        listing.recordRating(null, 0);
        assertNull(listing.snapshot().ratingAverage());
        assertThrows(InvalidInput.class, () -> listing.recordRating(new BigDecimal("5.5"), 3));
        assertThrows(InvalidInput.class, () -> listing.recordRating(BigDecimal.ONE, -1));
    }

    @Test
    void offersItsTermsToBookings() {
        Listing listing = draft(TestListings.complete());
        var bookable = listing.bookable();
        assertEquals(4, bookable.maxGuests());
        assertEquals(2, bookable.stayRules().minNights());
        assertEquals(new BigDecimal("20"), bookable.priceRules().discountPercentFor(28));
        assertFalse(bookable.isBookable());
        assertFalse(bookable.petsAllowed(), "house rules that do not allow pets");
    }

    @Test
    void offersItsPetRuleToBookings() {
        ListingDetails d = TestListings.complete();
        Listing listing = draft(new ListingDetails(d.title(), d.description(), d.propertyType(), d.roomType(), d.address(),
                d.location(), d.timeZone(), d.capacity(), d.amenities(), new HouseRules(true, false, false, null), d.photos(),
                d.checkInFrom(), d.checkOutUntil(), d.pricing(), d.stayRules(), d.instantBook(), d.cancellationPolicy()));
        assertTrue(listing.bookable().petsAllowed());
    }
}
