package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.CalendarSubscription;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription and what its syncs did: the last success with its counts, the last failure and why. */
@Schema(name = "CalendarSubscription", requiredProperties = {"id", "name", "url", "createdAt", "nextSyncAt"})
public record CalendarSubscriptionResponse(@Schema(format = "uuid") String id, String name, String url, Instant createdAt,
        @Schema(description = "When the schedule fetches it next") Instant nextSyncAt,
        @Schema(description = "When the feed was fetched for the last successful sync; null before the first") Instant lastSyncedAt,
        @Schema(description = "Events of the last successful sync within the booking horizon") Integer importedEvents,
        @Schema(description = "Nights the last successful sync blocks (booked nights are not counted)") Integer blockedNights,
        @Schema(description = CalendarImportResponse.DOUBLE_BOOKED + " As of the last successful sync; null until a sync records them.")
        List<NightRange> doubleBooked,
        @Schema(description = "The last failed sync, if any") Instant lastFailedAt,
        @Schema(description = "Why the last failed sync failed") String lastError) {

    static CalendarSubscriptionResponse of(CalendarSubscription subscription) {
        CalendarSubscription.SyncState state = subscription.state();
        return new CalendarSubscriptionResponse(subscription.id().toString(), subscription.name(), subscription.url().toString(),
                subscription.createdAt(), state.nextSyncAt(), state.lastSyncedAt(), state.importedEvents(), state.blockedNights(),
                NightRange.of(state.doubleBooked()), state.lastFailedAt(), state.lastError());
    }
}
