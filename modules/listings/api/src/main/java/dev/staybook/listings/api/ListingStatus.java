package dev.staybook.listings.api;

/** Where a listing is in its life. Only PUBLISHED listings can be found and booked. */
public enum ListingStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED
}
