package dev.staybook.reviews.internal.domain;

/**
 * Where a stay's reviews are: OPEN while the window runs and reviews stay hidden; PUBLISHED once both
 * sides have written; CLOSED once the window ended, with whatever was written made public.
 */
public enum StayStatus {
    OPEN,
    PUBLISHED,
    CLOSED
}
