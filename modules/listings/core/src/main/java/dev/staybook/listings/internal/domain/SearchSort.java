package dev.staybook.listings.internal.domain;

/** The orders search results come in; each has its own keyset. */
public enum SearchSort {
    /** Latest first publication first. */
    NEWEST,
    /** Cheapest first: the stay total with dates, the nightly price without. */
    PRICE,
    /** Best rated first, unrated last. */
    RATING,
    /** Nearest first; needs a circle to search in. */
    DISTANCE
}
