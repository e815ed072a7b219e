package dev.staybook.listings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Wishlists, always read through their owner: another user's list is not found. */
public interface WishlistRepository {

    /** Serializes the owner's list creations (checked against the limit) until the transaction ends. */
    long lockAndCountOwned(UserId owner);

    void add(Wishlist wishlist);

    /** The owner's list with its item count, locked for changes until the transaction ends. */
    Optional<Wishlist> findOwnedForUpdate(UUID id, UserId owner);

    Optional<Wishlist> findOwned(UUID id, UserId owner);

    /** The owner's lists, newest first, those created before {@code before} (all when null). */
    List<Wishlist> owned(UserId owner, UUID before, int limit);

    void rename(UUID id, WishlistName name);

    void delete(UUID id);

    /** Adds the listing unless the list holds it already. */
    void addItem(UUID wishlistId, UUID listingId, Instant at);

    boolean holds(UUID wishlistId, UUID listingId);

    void removeItem(UUID wishlistId, UUID listingId);

    /** One page of the list's entries, last added first, each with its availability for the stay; in one statement. */
    List<WishlistEntry> entries(UUID wishlistId, EntryQuery query);

    /**
     * The first entries of each of the owner's lists, last added first, keyed by list id; in one statement whatever
     * the number of lists. Lists of another owner and empty lists are missing.
     */
    Map<UUID, List<WishlistEntry>> firstEntries(UserId owner, List<UUID> wishlistIds, int perList, Instant now);

    /** The stay (or null), the guests (or null), the page and when it is asked. */
    record EntryQuery(DateRange stay, Integer guests, EntryPosition after, int limit, Instant now) {
    }

    /** Where the previous page ended. */
    record EntryPosition(Instant addedAt, UUID listingId) {
    }
}
