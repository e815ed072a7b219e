package dev.staybook.outbox;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many of an instance's workers serve each subscriber right now, capped below the number of workers: a
 * subscriber whose handlers wait (a lock, a slow gateway) can hold all but one, so the others' deliveries still go.
 * A subscriber turned away is looked for again by its busy workers' full batches and by the sweep.
 */
final class SubscriberSlots {

    private final int perSubscriber;
    private final ConcurrentMap<String, Integer> serving = new ConcurrentHashMap<>();

    SubscriberSlots(int workers) {
        this.perSubscriber = Math.max(1, workers - 1);
    }

    /** Takes a slot for the subscriber, or false if it already has as many workers as it may. */
    boolean tryTake(String subscriber) {
        boolean[] taken = {false};
        serving.compute(subscriber, (name, busy) -> {
            int now = busy == null ? 0 : busy;
            taken[0] = now < perSubscriber;
            return taken[0] ? now + 1 : now;
        });
        return taken[0];
    }

    void release(String subscriber) {
        serving.computeIfPresent(subscriber, (name, busy) -> busy > 1 ? busy - 1 : null);
    }
}
