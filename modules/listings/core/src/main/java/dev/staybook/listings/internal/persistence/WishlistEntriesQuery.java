package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.internal.domain.WishlistRepository.EntryQuery;
import dev.staybook.identity.api.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The one statement behind a page of a wishlist: its listings, their first photos, and for each whether the stay
 * can be booked and its total. Availability is decided as {@link SearchQuery} decides it, by the same {@link StaySql}
 * (published; guests; min and max nights; the listing's booking window at its time zone: advance notice, today's
 * check-in time, horizon; no set bit of the stay in the row's unavailable nights, migration V4), and the total is
 * computed the same way, from the row and the stay's price overrides.
 */
final class WishlistEntriesQuery {

    /** A search card's columns (as SearchQuery reads them), from the listing row. */
    private static final String COLUMNS = "l.id, l.host_id, l.title, l.city, l.country, l.property_type, l.room_type, l.latitude,"
            + " l.longitude, l.guests, l.nightly_price, l.currency, l.rating_average, l.rating_count, l.instant_book, l.published_at";

    private final EntryQuery query;
    private final SqlStatement.Builder sql = SqlStatement.builder();

    private WishlistEntriesQuery(EntryQuery query) {
        this.query = query;
    }

    static SqlStatement of(UUID wishlistId, EntryQuery query) {
        return new WishlistEntriesQuery(query).build(wishlistId);
    }

    /** The first {@code perList} entries of each list that {@code owner} owns among these; the list's id is the last column. */
    static SqlStatement firstOfEach(UserId owner, List<UUID> wishlistIds, int perList, Instant now) {
        return new WishlistEntriesQuery(new EntryQuery(null, null, null, perList, now)).buildFirstOfEach(owner, wishlistIds);
    }

    private SqlStatement buildFirstOfEach(UserId owner, List<UUID> wishlistIds) {
        sql.append("SELECT " + COLUMNS + ", i.added_at, p.url AS photo_url, p.caption AS photo_caption, ");
        available();
        sql.append(" AS available, ");
        stayTotal();
        // each list's first entries from the index, as a page of one list takes them
        sql.append(" AS stay_total, w.id AS wishlist_id FROM listings.wishlists w CROSS JOIN LATERAL (SELECT listing_id, added_at"
                + " FROM listings.wishlist_items WHERE wishlist_id = w.id ORDER BY added_at DESC, listing_id DESC LIMIT ?) i", query.limit());
        sql.append(" JOIN listings.listings l ON l.id = i.listing_id LEFT JOIN listings.listing_photos p ON p.listing_id = l.id AND p.position = 0");
        sql.append(" WHERE w.owner_id = ?", owner.value());
        sql.append(" AND w.id IN (" + String.join(", ", Collections.nCopies(wishlistIds.size(), "?")) + ")", wishlistIds.toArray());
        sql.append(" ORDER BY w.id DESC, i.added_at DESC, i.listing_id DESC");
        return sql.build();
    }

    private SqlStatement build(UUID wishlistId) {
        sql.append("SELECT " + COLUMNS + ", i.added_at, p.url AS photo_url, p.caption AS photo_caption, ");
        available();
        sql.append(" AS available, ");
        stayTotal();
        // the page's entries first (from the index, in its order), so that only they are joined and priced
        sql.append(" AS stay_total FROM (SELECT listing_id, added_at FROM listings.wishlist_items WHERE wishlist_id = ?", wishlistId);
        if (query.after() != null) {
            sql.append(" AND (added_at, listing_id) < (?, ?::uuid)", query.after().addedAt(), query.after().listingId());
        }
        sql.append(" ORDER BY added_at DESC, listing_id DESC LIMIT ?) i", query.limit() + 1);
        sql.append(" JOIN listings.listings l ON l.id = i.listing_id LEFT JOIN listings.listing_photos p ON p.listing_id = l.id AND p.position = 0");
        overrides();
        sql.append(" ORDER BY i.added_at DESC, i.listing_id DESC");
        return sql.build();
    }

    private void available() {
        sql.append("(l.status = 'PUBLISHED'");
        if (query.guests() != null) {
            sql.append(" AND l.guests >= ?", query.guests());
        }
        if (query.stay() != null) {
            StaySql.appendBookable(sql, query.stay(), query.now());
        }
        sql.append(")");
    }

    private void stayTotal() {
        if (query.stay() == null) {
            sql.append("NULL::numeric");
        } else {
            StaySql.appendTotal(sql, query.stay());
        }
    }

    /** The stay's price overrides, summed from the calendar (an index range of the listing's nights). */
    private void overrides() {
        DateRange stay = query.stay();
        if (stay != null) {
            sql.append(" CROSS JOIN LATERAL (SELECT coalesce(sum(c.price_override - l.nightly_price), 0) AS override_delta"
                    + " FROM listings.calendar_days c WHERE c.listing_id = l.id AND c.night >= ?::date AND c.night < ?::date"
                    + " AND c.price_override IS NOT NULL) cal", stay.checkIn().toString(), stay.checkOut().toString());
        }
    }
}
