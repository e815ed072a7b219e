package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;

/**
 * How events are named in storage: by their simple class name, published by the module whose api
 * declares them ({@code dev.staybook.<module>.api.event}).
 */
final class EventNames {

    private static final String ROOT = "dev.staybook.";
    private static final String API_EVENTS = ".api.event";

    private EventNames() {
    }

    static String typeOf(Class<? extends IntegrationEvent> type) {
        return type.getSimpleName();
    }

    /** The publishing module: {@code bookings} for {@code dev.staybook.bookings.api.event.BookingPlaced}. */
    static String publisherOf(Class<? extends IntegrationEvent> type) {
        String packageName = type.getPackageName();
        if (!packageName.startsWith(ROOT) || !packageName.endsWith(API_EVENTS)) {
            throw new IllegalArgumentException("events live in a module's api.event package: " + type.getName());
        }
        return packageName.substring(ROOT.length(), packageName.length() - API_EVENTS.length());
    }
}
