package dev.staybook.reviews.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviewable stays by booking id. */
public interface StayRepository {

    Optional<ReviewableStay> find(UUID bookingId);

    /** The stay, locked until the transaction ends: the two sides' reviews are written one after the other. */
    Optional<ReviewableStay> findForUpdate(UUID bookingId);

    void add(ReviewableStay stay);

    /** Open stays whose window has closed, locked with SKIP LOCKED so instances share the work. */
    List<ReviewableStay> lockClosingDue(Instant now, int limit);
}
