package dev.staybook.outbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many of an instance's workers serve each subscriber right now, capped below the number of workers: a
 * subscriber whose handlers wait (a lock, a slow gateway) can hold all but one, so the others' deliveries still go.
 * A subscriber turned away is offered again when one of its workers is done: the offer that was turned away may have
 * been the last (a full batch offers its subscriber once, when it is claimed), and the sweep would only find it a
 * poll interval later. Without that, a backlog drained three batches per poll interval (captures at 60 a second).
 */
final class SubscriberSlots {

    private final int perSubscriber;
    private final Map<String, Integer> serving = new HashMap<>();
    private final Set<String> turnedAway = new HashSet<>();

    SubscriberSlots(int workers) {
        this.perSubscriber = Math.max(1, workers - 1);
    }

    /** Takes a slot for the subscriber, or false if it already has as many workers as it may. */
    synchronized boolean tryTake(String subscriber) {
        int busy = serving.getOrDefault(subscriber, 0);
        if (busy >= perSubscriber) {
            turnedAway.add(subscriber);
            return false;
        }
        serving.put(subscriber, busy + 1);
        return true;
    }

    /** Gives the slot back; true if a worker was turned away from this subscriber meanwhile (offer it again). */
    synchronized boolean release(String subscriber) {
        serving.computeIfPresent(subscriber, (name, busy) -> busy > 1 ? busy - 1 : null);
        return turnedAway.remove(subscriber);
    }
}
