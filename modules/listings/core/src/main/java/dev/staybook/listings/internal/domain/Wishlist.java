package dev.staybook.listings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.RuleViolation;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's named list of listings. Only its owner ever sees or changes it (every read of the repository is by
 * owner). A user has at most {@link #MAX_PER_OWNER} lists and a list at most {@link #MAX_ITEMS} listings, each
 * once; {@code itemCount} is the count when the list was read.
 */
public record Wishlist(UUID id, UserId owner, WishlistName name, int itemCount, Instant createdAt) {

    public static final int MAX_PER_OWNER = 100;
    public static final int MAX_ITEMS = 1000;

    /** Fails with 422 unless the owner, who has {@code existing} lists, may start another. */
    public static void requireRoomForAnotherList(long existing) {
        if (existing >= MAX_PER_OWNER) {
            throw new RuleViolation("too-many-wishlists", "A user has at most " + MAX_PER_OWNER + " wishlists; delete one first.");
        }
    }

    /** Fails with 422 when the list is full (adding a listing it holds already is fine and changes nothing). */
    public void requireRoomForAnotherItem() {
        if (itemCount >= MAX_ITEMS) {
            throw new RuleViolation("wishlist-full", "A wishlist holds at most " + MAX_ITEMS + " listings; remove one first.");
        }
    }
}
