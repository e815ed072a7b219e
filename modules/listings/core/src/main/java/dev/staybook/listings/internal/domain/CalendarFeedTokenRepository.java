package dev.staybook.listings.internal.domain;

import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.Optional;

/** Each listing's export feed token. */
public interface CalendarFeedTokenRepository {

    Optional<CalendarFeedToken> find(ListingId listing);

    /** Stores the token unless the listing has one already (two first reads at once keep the same). */
    void addIfAbsent(ListingId listing, CalendarFeedToken token, Instant at);

    /** Replaces the listing's token. */
    void replace(ListingId listing, CalendarFeedToken token, Instant at);
}
