package dev.staybook.outbox;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The subscribers that may have due deliveries, each queued at most once: commits, full batches and the
 * periodic sweep add them, idle workers take them. Several workers may serve one subscriber at a time
 * (a full batch puts it back at once); the database's SKIP LOCKED keeps them apart.
 */
final class DueSubscribers {

    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    void offer(String subscriber) {
        if (queued.add(subscriber)) {
            queue.add(subscriber);
        }
    }

    void offerAll(Collection<String> subscribers) {
        subscribers.forEach(this::offer);
    }

    /** The next subscriber to serve, or null if none came within {@code wait}. */
    String next(Duration wait) throws InterruptedException {
        String subscriber = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (subscriber != null) {
            queued.remove(subscriber);
        }
        return subscriber;
    }
}
