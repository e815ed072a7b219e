package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.error.DomainException;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarSubscription;
import dev.staybook.listings.internal.fetch.CalendarFetcher;
import dev.staybook.listings.internal.fetch.FetchFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One sync of a subscription: the calendar is fetched outside any transaction (a slow server holds no database
 * connection), then its nights replace the subscription's in one transaction, or the failure is recorded in one.
 */
@ApplicationScoped
public class SubscriptionSync {

    static final int BATCH = 10;

    @Inject
    CalendarFetcher fetcher;
    @Inject
    CalendarExchange exchange;
    @Inject
    CalendarSubscriptions subscriptions;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.listings.calendar-sync.interval", defaultValue = "PT15M")
    Duration interval;

    /** Syncs a batch of due subscriptions, one after the other; returns how many it took. */
    public int syncDue() {
        var due = subscriptions.claimDue(interval, BATCH);
        due.forEach(this::sync);
        return due.size();
    }

    /** The host's "sync now": 422 saying why when the calendar could not be fetched or read (recorded too). */
    public CalendarSubscription syncNow(ListingId listing, Caller caller, UUID subscriptionId) {
        CalendarSubscription subscription = subscriptions.toManage(listing, caller, subscriptionId);
        String failure = sync(subscription);
        if (failure != null) {
            throw new RuleViolation("calendar-sync-failed", "The calendar could not be synced: " + failure);
        }
        return subscriptions.toManage(listing, caller, subscriptionId);
    }

    /** Returns null on success, or why it failed. */
    String sync(CalendarSubscription subscription) {
        try {
            Instant fetchedFrom = clock.instant();
            String text = fetcher.fetch(subscription.url());
            exchange.applySubscription(subscription.id(), text, fetchedFrom);
            return null;
        } catch (FetchFailed | DomainException failed) {
            String reason = reason(failed);
            subscriptions.recordFailure(subscription.id(), reason);
            return reason;
        }
    }

    private static String reason(RuntimeException failed) {
        if (failed instanceof InvalidInput invalid && !invalid.errors().isEmpty()) {
            return invalid.errors().get(0).message();
        }
        return failed instanceof DomainException domain ? domain.detail() : failed.getMessage();
    }
}
