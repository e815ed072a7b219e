package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.kernel.input.FreeText;
import dev.staybook.listings.api.ListingId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An external iCalendar feed (Airbnb, Booking.com, Google...) a listing subscribes to: fetched on a schedule, each
 * sync replacing the nights this subscription blocked before. A listing has at most {@link #MAX_PER_LISTING}, one per
 * URL; {@code state} is what the last syncs did.
 */
public record CalendarSubscription(UUID id, ListingId listing, String name, URI url, Instant createdAt, SyncState state) {

    public static final int MAX_PER_LISTING = 10;
    public static final int MAX_NAME = 100;
    public static final int MAX_URL = 2000;

    /** A new subscription, its name and URL checked (the URL's address is the fetcher's to check). */
    public static CalendarSubscription create(UUID id, ListingId listing, String name, String url, Instant now) {
        return new CalendarSubscription(id, listing, name(name), url(url), now, SyncState.NEVER);
    }

    /** Fails with 422 unless a listing with {@code existing} subscriptions may have another. */
    public static void requireRoomForAnother(long existing) {
        if (existing >= MAX_PER_LISTING) {
            throw new RuleViolation("too-many-calendar-subscriptions",
                    "A listing subscribes to at most " + MAX_PER_LISTING + " calendars; remove one first.");
        }
    }

    private static String name(String name) {
        String text = name == null ? "" : FreeText.oneLine(name).strip();
        if (text.isEmpty() || text.length() > MAX_NAME) {
            throw InvalidInput.field("name", "must be 1 to " + MAX_NAME + " characters");
        }
        return text;
    }

    /**
     * An absolute http or https URL with a host and no user name or password, in one spelling: scheme and host in lower
     * case, no default port, no fragment (never sent to the server), so that one feed is one subscription however written.
     */
    static URI url(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_URL) {
            throw InvalidInput.field("url", "must be an http or https URL of at most " + MAX_URL + " characters");
        }
        try {
            URI url = new URI(text.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null || url.getRawUserInfo() != null) {
                throw InvalidInput.field("url", "must be an http or https URL with a host and without credentials");
            }
            int defaultPort = scheme.equals("https") ? 443 : 80;
            String port = url.getPort() == -1 || url.getPort() == defaultPort ? "" : ":" + url.getPort();
            return new URI(scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + port
                    + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        } catch (java.net.URISyntaxException e) {
            throw InvalidInput.field("url", "is not a URL: " + FreeText.oneLine(e.getReason()));
        }
    }

    /**
     * What the syncs of a subscription did: the last success, its counts and the booked nights its feed also took
     * ({@code doubleBooked}, null before the first success), the last failure and why.
     */
    public record SyncState(Instant nextSyncAt, Instant lastSyncedAt, Integer importedEvents, Integer blockedNights,
            List<DateRange> doubleBooked, Instant lastFailedAt, String lastError) {

        static final SyncState NEVER = new SyncState(null, null, null, null, null, null, null);
    }
}
