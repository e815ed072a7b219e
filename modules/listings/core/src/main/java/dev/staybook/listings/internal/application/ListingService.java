package dev.staybook.listings.internal.application;

import dev.staybook.bookings.api.StayRegister;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.PreconditionFailed;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.api.event.ListingArchived;
import dev.staybook.listings.api.event.ListingPublished;
import dev.staybook.listings.api.event.ListingRatingUpdated;
import dev.staybook.listings.api.event.ListingUnpublished;
import dev.staybook.listings.api.event.ListingUpdated;
import dev.staybook.listings.internal.domain.CalendarRepository;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingDetails;
import dev.staybook.listings.internal.domain.ListingRepository;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** A host's listings: create, read, revise, publish, unpublish, archive; and the rating reviews feed. */
@ApplicationScoped
@Transactional
public class ListingService {

    @Inject
    ListingRepository listings;
    @Inject
    VisibleListings visible;
    @Inject
    CalendarRepository calendar;
    @Inject
    StayRegister stays;
    @Inject
    AmenityCatalogue amenities;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    UserDirectory users;
    @Inject
    UploadedPhotoFiles uploadedPhotos;

    public ListingSnapshot create(Caller host, ListingDetails details, boolean publish) {
        amenities.requireKnown(details.amenities(), "amenities");
        Instant now = clock.instant();
        Listing listing = Listing.draft(UuidV7.generate(now), host.id(), details, now);
        if (publish) {
            listing.publish(now);
        }
        listings.add(listing);
        if (publish) {
            outbox.publish(new ListingPublished(UuidV7.generate(now), listing.id(), listing.hostId(), now));
        }
        return listing.snapshot();
    }

    /**
     * The listing as the caller may see it: the exact address and location only for its host and administrators;
     * everyone else sees the city and the place to about a kilometre, as on the best platforms (a guest whose stay is
     * confirmed finds the exact address in the booking).
     */
    public ListingSnapshot view(ListingId id, Optional<Caller> caller) {
        return asSeenBy(visible.toView(id, caller), caller);
    }

    /** The listing as {@link #view} gives it, with its host's public profile, read in one transaction. */
    public ShownListing show(ListingId id, Optional<Caller> caller) {
        Listing listing = visible.toView(id, caller);
        return new ShownListing(asSeenBy(listing, caller), users.publicProfile(listing.hostId()));
    }

    private static ListingSnapshot asSeenBy(Listing listing, Optional<Caller> caller) {
        return caller.filter(listing::isManagedBy).isPresent() ? listing.snapshot() : listing.snapshot().asGuestsSeeIt();
    }

    /**
     * Applies the patch to the current details; a new currency drops the calendar's price overrides, and the bytes
     * of uploaded photos the new details leave out go once no listing shows them. {@code readAsIs} is asked first,
     * with the listing as the caller sees it now (the listing locked): false changes nothing (412 listing-changed).
     */
    public ListingSnapshot revise(ListingId id, Caller caller, ListingPatch patch, Predicate<ShownListing> readAsIs) {
        Listing listing = visible.toChange(id, caller);
        if (!readAsIs.test(new ShownListing(asSeenBy(listing, Optional.of(caller)), users.publicProfile(listing.hostId())))) {
            throw new PreconditionFailed("listing-changed", "The listing changed since you read it (If-Match): nothing was "
                    + "changed. Read it again and apply your change to what it is now.");
        }
        ListingDetails before = listing.details();
        ListingDetails after = patch.applyTo(before);
        amenities.requireKnown(after.amenities(), "amenities");
        Instant now = clock.instant();
        Set<StoredPhotoId> dropped = new HashSet<>(listing.photos().uploads());
        listing.revise(after, now);
        dropped.removeAll(listing.photos().uploads());
        uploadedPhotos.release(dropped);
        outbox.publish(new ListingUpdated(UuidV7.generate(now), listing.id(), listing.hostId(), now));
        if (!before.pricing().currency().equals(after.pricing().currency())) {
            calendar.clearPriceOverrides(listing.id());
            outbox.publish(CalendarChanges.of(listing.id(), listing.hostId(), now));
        }
        return listing.snapshot();
    }

    public ListingSnapshot publish(ListingId id, Caller caller) {
        Listing listing = visible.toChange(id, caller);
        Instant now = clock.instant();
        listing.publish(now);
        outbox.publish(new ListingPublished(UuidV7.generate(now), listing.id(), listing.hostId(), now));
        return listing.snapshot();
    }

    public ListingSnapshot unpublish(ListingId id, Caller caller) {
        Listing listing = visible.toChange(id, caller);
        Instant now = clock.instant();
        listing.unpublish(now);
        outbox.publish(new ListingUnpublished(UuidV7.generate(now), listing.id(), listing.hostId(), now));
        return listing.snapshot();
    }

    /**
     * Archives for good, once no guest holds a stay there that has not ended: their bookings would point at a listing
     * nobody may see any more (account deletion checks the same before it archives a host's listings).
     */
    public void archive(ListingId id, Caller caller) {
        Listing listing = visible.toChange(id, caller);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, listing.details().timeZone());
        if (listing.status() != ListingStatus.ARCHIVED && stays.holdsStaysEndingAfter(listing.id(), today)) {
            throw new Conflict("listing-has-upcoming-stays", "Guests have requested or booked stays here that have not ended: "
                    + "decline or cancel them first, or unpublish the listing to take no new bookings.");
        }
        if (listing.archive(now)) {
            outbox.publish(new ListingArchived(UuidV7.generate(now), listing.id(), listing.hostId(), now));
        }
    }

    /** The caller's own listings in every status, newest first. */
    public List<ListingSnapshot> ownListings(Caller host, UUID before, int limit) {
        return listingsOfHost(host.id(), before, limit);
    }

    /** A host's listings in every status, newest first; for the platform's own use (no caller to check). */
    public List<ListingSnapshot> listingsOfHost(UserId host, UUID before, int limit) {
        return listings.ofHost(host, before, limit).stream().map(Listing::snapshot).toList();
    }

    /** Takes over the rating summary the reviews module computes; no endpoint, fed by its events. */
    public void recordRating(ListingId id, BigDecimal average, int count) {
        listings.find(id).orElseThrow(VisibleListings::notFound).recordRating(average, count);
        Instant now = clock.instant();
        outbox.publish(new ListingRatingUpdated(UuidV7.generate(now), id, average, count, now));
    }
}
