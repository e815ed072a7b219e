package dev.staybook.outbox;

import java.util.HashMap;
import java.util.Map;

/**
 * How many of an instance's workers serve each subscriber right now, capped below the number of workers: a
 * subscriber whose handlers wait (a lock, a slow gateway) can hold all but one, so the others' deliveries still go.
 * A subscriber turned away is looked for again by its busy workers' full batches and by the sweep.
 */
final class SubscriberSlots {

    private final int perSubscriber;
    private final Map<String, Integer> serving = new HashMap<>();

    SubscriberSlots(int workers) {
        this.perSubscriber = Math.max(1, workers - 1);
    }

    /** Takes a slot for the subscriber, or false if it already has as many workers as it may. */
    synchronized boolean tryTake(String subscriber) {
        int busy = serving.getOrDefault(subscriber, 0);
        if (busy >= perSubscriber) {
            return false;
        }
        serving.put(subscriber, busy + 1);
        return true;
    }

    synchronized void release(String subscriber) {
        serving.computeIfPresent(subscriber, (name, busy) -> busy > 1 ? busy - 1 : null);
    }
}
