package dev.staybook.outbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one transaction published, handed to the workers once it commits: the subscribers that now have
 * work, and the deliveries to try at once ({@link Subscriptions#atOnce()}); and to the metrics, the events.
 */
public final class PublishedInTransaction {

    private final Set<String> subscribers = new LinkedHashSet<>();
    private final List<AtOnce> atOnce = new ArrayList<>();
    private final List<Published> events = new ArrayList<>();

    void add(Published event, UUID eventId, List<Subscriber> to) {
        events.add(event);
        for (Subscriber subscriber : to) {
            if (subscriber.atOnce()) {
                atOnce.add(new AtOnce(subscriber, eventId));
            } else {
                subscribers.add(subscriber.name());
            }
        }
    }

    Set<String> subscribers() {
        return subscribers;
    }

    List<AtOnce> atOnce() {
        return atOnce;
    }

    List<Published> events() {
        return events;
    }

    /** An event by its publishing module and type name, as stored. */
    record Published(String publisher, String type) {
    }

    record AtOnce(Subscriber subscriber, UUID eventId) {
    }
}
