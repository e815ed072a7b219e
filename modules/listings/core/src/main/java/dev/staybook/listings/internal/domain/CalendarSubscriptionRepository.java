package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A listing's calendar subscriptions and the record of their syncs. */
public interface CalendarSubscriptionRepository {

    /** Locks the listing's subscriptions against a concurrent subscribe and counts them. */
    long lockAndCount(ListingId listing);

    /** Adds a subscription, due at once; false if the listing subscribes to that URL already. */
    boolean add(CalendarSubscription subscription);

    Optional<CalendarSubscription> find(ListingId listing, UUID id);

    /** The subscription, its row locked until the transaction ends (a sync and a removal wait for each other). */
    Optional<CalendarSubscription> lock(UUID id);

    /** The listing's subscriptions, oldest first. */
    List<CalendarSubscription> ofListing(ListingId listing);

    void delete(UUID id);

    /** Up to {@code limit} subscriptions due at {@code now}, each moved to {@code next} so no other run takes it. */
    List<CalendarSubscription> claimDue(Instant now, Instant next, int limit);

    /** A sync applied the copy fetched {@code at}; {@code doubleBooked}: booked nights its feed takes too. */
    void recordSuccess(UUID id, Instant at, int importedEvents, int blockedNights, List<DateRange> doubleBooked);

    void recordFailure(UUID id, Instant at, String error);
}
