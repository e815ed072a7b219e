package dev.staybook.reviews.internal.application;

import dev.staybook.outbox.Outbox;
import dev.staybook.reviews.internal.domain.ReviewableStay;
import dev.staybook.reviews.internal.domain.StayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Closes the review windows that have ended, a batch per transaction, publishing what was written. The
 * due stays are locked with SKIP LOCKED, so several instances can run this at once without touching the
 * same stay, and a crash leaves the rest for the next run.
 */
@ApplicationScoped
@Transactional
public class ReviewWindows {

    public static final int BATCH = 100;

    @Inject
    StayRepository stays;
    @Inject
    Outbox outbox;

    /** Closes up to one batch of due windows; returns how many stays it closed. */
    public int closeDue(Instant now) {
        List<ReviewableStay> due = stays.lockClosingDue(now, BATCH);
        due.forEach(stay -> ReviewEvents.announcePublished(outbox, stay.closeWindow(now), now));
        return due.size();
    }
}
