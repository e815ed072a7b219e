package dev.staybook.listings.internal.web;

import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.application.VisibleListings;

/** Listing ids from paths: anything that is not a UUID names no listing (404, like an unknown one). */
public final class ListingIds {

    private ListingIds() {
    }

    public static ListingId parse(String text) {
        try {
            return ListingId.parse(text);
        } catch (IllegalArgumentException notAnId) {
            throw VisibleListings.notFound();
        }
    }
}
