package dev.staybook.listings.internal.domain;

/** What kind of building the place is. */
public enum PropertyType {
    APARTMENT, HOUSE, CONDO, LOFT, CABIN, VILLA, COTTAGE, TINY_HOME, BOAT, OTHER
}
