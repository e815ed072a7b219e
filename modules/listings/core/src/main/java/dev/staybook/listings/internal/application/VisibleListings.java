package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingLocks;
import dev.staybook.listings.internal.domain.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Who may see and who may change a listing. A listing the caller may not see does not exist for them
 * (404, never revealing it); one they may see but not manage is 403.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VisibleListings {

    @Inject
    ListingRepository listings;
    @Inject
    ListingLocks locks;

    /** The listing to show the caller; read-only: changes to it are never saved. */
    public Listing toView(ListingId id, Optional<Caller> caller) {
        return visibleTo(caller, listings.findToRead(id));
    }

    /**
     * The listing to change what bookings depend on (terms, status, blocked nights), taken under its booking lock
     * ({@link ListingLocks}): bookings being placed there commit first, and this change then sees them.
     */
    public Listing toChange(ListingId id, Caller caller) {
        locks.exclusive(id);
        return toManage(id, caller);
    }

    public Listing toManage(ListingId id, Caller caller) {
        Listing listing = visibleTo(Optional.of(caller), listings.find(id));
        if (!listing.isManagedBy(caller)) {
            throw new Forbidden("not-your-listing", "Only the listing's host or an administrator may do this.");
        }
        return listing;
    }

    private static Listing visibleTo(Optional<Caller> caller, Optional<Listing> found) {
        return found.filter(listing -> listing.isVisibleTo(caller)).orElseThrow(VisibleListings::notFound);
    }

    public static NotFound notFound() {
        return new NotFound("listing-not-found", "There is no such listing.");
    }
}
