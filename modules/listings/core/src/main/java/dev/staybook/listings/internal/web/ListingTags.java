package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.application.ShownListing;
import java.util.function.Predicate;

/**
 * A listing's strong entity tag as its reader gets it from {@code GET /listings/{id}} (the ETag's value, without the
 * quotes), for GraphQL, which has no headers: its {@code etag} field and {@code updateListing}'s {@code ifMatch}
 * compare the same tags as REST's If-Match does, so a client may read over one and change over the other.
 */
public final class ListingTags {

    private ListingTags() {
    }

    public static String of(ShownListing shown) {
        return TaggedJson.tagOf(ListingResponse.of(shown.listing(), shown.host()).toString()).getValue();
    }

    /** The listing is still as read if its tag now is the one given (quoted as in an ETag header, or not). */
    public static Predicate<ShownListing> stillAsRead(String tag) {
        String value = tag.strip();
        String unquoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        return current -> of(current).equals(unquoted);
    }
}
