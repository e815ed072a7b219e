package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarRepository;
import dev.staybook.listings.internal.domain.CalendarSubscription;
import dev.staybook.listings.internal.domain.CalendarSubscriptionRepository;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.fetch.CalendarFetcher;
import dev.staybook.listings.internal.fetch.FetchFailed;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The external calendars a listing subscribes to; only its host (or an administrator) sees and changes them. */
@ApplicationScoped
@Transactional
public class CalendarSubscriptions {

    @Inject
    VisibleListings visible;
    @Inject
    CalendarSubscriptionRepository subscriptions;
    @Inject
    CalendarRepository calendar;
    @Inject
    CalendarFetcher fetcher;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** Refuses (422) a URL whose host is not on the public internet before anything is stored. */
    public CalendarSubscription subscribe(ListingId id, Caller caller, String name, String url) {
        Listing listing = visible.toManage(id, caller);
        listing.requireNotArchived();
        Instant now = clock.instant();
        CalendarSubscription subscription = CalendarSubscription.create(UuidV7.generate(now), id, name, url, now);
        requirePublic(subscription);
        CalendarSubscription.requireRoomForAnother(subscriptions.lockAndCount(id));
        if (!subscriptions.add(subscription)) {
            throw new Conflict("calendar-already-subscribed", "The listing subscribes to this calendar already.");
        }
        return subscriptions.find(id, subscription.id()).orElseThrow();
    }

    public List<CalendarSubscription> ofListing(ListingId id, Caller caller) {
        visible.toManage(id, caller);
        return subscriptions.ofListing(id);
    }

    /** The subscription, if the caller manages its listing (a subscription of another listing is not found). */
    public CalendarSubscription toManage(ListingId id, Caller caller, UUID subscriptionId) {
        visible.toManage(id, caller);
        return subscriptions.find(id, subscriptionId).orElseThrow(CalendarSubscriptions::notFound);
    }

    /** Removes the subscription and frees the nights it blocked. */
    public void unsubscribe(ListingId id, Caller caller, UUID subscriptionId) {
        Listing listing = visible.toManage(id, caller);
        CalendarSubscription subscription = subscriptions.lock(subscriptionId).filter(found -> found.listing().equals(id))
                .orElseThrow(CalendarSubscriptions::notFound);
        if (calendar.releaseSubscriptionNights(id, subscription.id()) > 0) {
            outbox.publish(CalendarChanges.of(id, listing.hostId(), clock.instant()));
        }
        subscriptions.delete(subscription.id());
    }

    /** Claims up to {@code limit} due subscriptions for a sync, moving each {@code interval} ahead. */
    public List<CalendarSubscription> claimDue(java.time.Duration interval, int limit) {
        Instant now = clock.instant();
        return subscriptions.claimDue(now, now.plus(interval), limit);
    }

    public void recordFailure(UUID subscriptionId, String reason) {
        subscriptions.recordFailure(subscriptionId, clock.instant(), reason);
    }

    private void requirePublic(CalendarSubscription subscription) {
        try {
            fetcher.requireAllowed(subscription.url());
        } catch (FetchFailed refused) {
            throw new RuleViolation("calendar-url-not-allowed", "Calendars are fetched from public addresses only: " + refused.getMessage() + ".");
        }
    }

    static NotFound notFound() {
        return new NotFound("calendar-subscription-not-found", "The listing has no such calendar subscription.");
    }
}
