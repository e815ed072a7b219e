package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.internal.domain.CalendarFeedToken;
import dev.staybook.listings.internal.domain.CalendarFeedTokenRepository;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Who may read a listing's export feed: whoever holds its token. The host (or an administrator) reads the token,
 * made on first read, and rotates it; a feed request with a missing or wrong token is not found, as an unknown
 * listing is.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    @Inject
    VisibleListings visible;
    @Inject
    ListingRepository listings;
    @Inject
    CalendarFeedTokenRepository tokens;
    @Inject
    Clock clock;

    public CalendarFeedToken token(ListingId id, Caller caller) {
        visible.toManage(id, caller);
        return tokens.find(id).orElseGet(() -> {
            tokens.addIfAbsent(id, CalendarFeedToken.generate(), clock.instant());
            return tokens.find(id).orElseThrow();
        });
    }

    public CalendarFeedToken rotate(ListingId id, Caller caller) {
        visible.toManage(id, caller);
        CalendarFeedToken token = CalendarFeedToken.generate();
        tokens.replace(id, token, clock.instant());
        return token;
    }

    /**
     * The listing whose feed the token opens, published or not (hosts sync while unpublished); 404 otherwise, and for
     * an archived listing: deleted, or its host's account deleted, it is gone for everyone, its feed too.
     */
    public Listing toExport(ListingId id, String token) {
        boolean opens = tokens.find(id).map(known -> known.matches(token)).orElse(false);
        if (!opens) {
            throw VisibleListings.notFound();
        }
        return listings.findToRead(id).filter(listing -> listing.status() != ListingStatus.ARCHIVED)
                .orElseThrow(VisibleListings::notFound);
    }
}
