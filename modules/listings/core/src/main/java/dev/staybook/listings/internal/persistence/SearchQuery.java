package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.SearchArea;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchPosition;
import dev.staybook.listings.internal.domain.SearchSort;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds the one SQL statement behind a search. Each filter is written so that an index of the
 * listings table can serve it (partial indexes over {@code status = 'PUBLISHED'}, so that literal is
 * part of every query). With dates, availability is one test of the row's bit string of unavailable nights
 * (migration V4), which the covering city index carries, and only listings repriced during the stay sum their
 * overrides from the calendar: no per-candidate probe of booked stays or blocks. Keyset pagination compares
 * (sort key, id) rows. Values are always bound, never written into the text.
 */
public final class SearchQuery {

    /** What a page shows of each listing, read only for the page's rows. */
    static final String COLUMNS = "d.id, d.host_id, d.title, d.city, d.country, d.property_type, d.room_type, d.latitude, d.longitude,"
            + " d.guests, d.nightly_price, d.currency, d.rating_average, d.rating_count, d.instant_book, d.published_at";

    private final SearchCriteria criteria;
    private final Instant now;
    private final SqlStatement.Builder sql = SqlStatement.builder();

    private SearchQuery(SearchCriteria criteria, Instant now) {
        this.criteria = criteria;
        this.now = now;
    }

    public static SqlStatement of(SearchCriteria criteria, Instant now) {
        return new SearchQuery(criteria, now).build();
    }

    /** Finds the page's ids and keys (from covering indexes where it can), then joins the page's rows. */
    private SqlStatement build() {
        SearchOrder order = new SearchOrder(criteria.sort(), criteria.stay() != null);
        sql.append("SELECT " + COLUMNS + ", page.stay_total, page.distance_km FROM (SELECT * FROM (SELECT " + keys());
        stayTotalColumn();
        distanceColumn();
        sql.append(" FROM listings.listings l");
        stayCalendarJoin();
        sql.append(" WHERE l.status = 'PUBLISHED'");
        area();
        stayRules();
        attributes();
        sql.append(") hit WHERE true");
        prices();
        order.appendKeyset(sql, criteria.after());
        sql.append(" ORDER BY " + order.by("hit") + " LIMIT ?", criteria.limit() + 1);
        sql.append(") page JOIN listings.listings d ON d.id = page.id ORDER BY " + order.by("page"));
        return sql.build();
    }

    /** Finding the page reads only the id and its own sort key, so that a covering index can answer it alone. */
    private String keys() {
        boolean nightlyPrice = criteria.stay() == null && (criteria.sort() == SearchSort.PRICE || criteria.minPrice() != null
                || criteria.maxPrice() != null);
        return "l.id" + (criteria.sort() == SearchSort.NEWEST ? ", l.published_at" : "")
                + (criteria.sort() == SearchSort.RATING ? ", l.rating_average" : "")
                + (nightlyPrice ? ", l.nightly_price" : "");
    }

    private void stayTotalColumn() {
        DateRange stay = criteria.stay();
        if (stay == null) {
            sql.append(", NULL::numeric AS stay_total");
            return;
        }
        sql.append(", ");
        StaySql.appendTotal(sql, stay);
        sql.append(" AS stay_total");
    }

    private void distanceColumn() {
        SearchArea.Circle circle = criteria.circle();
        if (circle == null) {
            sql.append(", NULL::numeric AS distance_km");
        } else {
            // location[1] is the latitude, location[0] the longitude: read from the GiST index, not the row. The distance
            // is to the place as guests are shown it (GeoPoint.approximate): exact distances from a few centres would
            // give the place away. The circle itself filters by the exact place.
            sql.append(", round(listings.distance_km(?, ?, round(l.location[1]::numeric, " + GeoPoint.APPROXIMATE_DECIMALS
                    + ")::float8, round(l.location[0]::numeric, " + GeoPoint.APPROXIMATE_DECIMALS + ")::float8)::numeric, 3) AS distance_km",
                    circle.center().latitude(), circle.center().longitude());
        }
    }

    /**
     * The listing's night summaries (no row: nothing blocked, booked or repriced), and the stay's override deltas,
     * summed from the calendar's overrides (an index-only scan) only for listings repriced in the stay.
     */
    private void stayCalendarJoin() {
        DateRange stay = criteria.stay();
        if (stay != null) {
            String checkIn = stay.checkIn().toString();
            String checkOut = stay.checkOut().toString();
            sql.append(" CROSS JOIN LATERAL (SELECT CASE WHEN " + StaySql.anyNightSet("l.repriced_bits") + " THEN"
                    + " (SELECT coalesce(sum(c.price_override - l.nightly_price), 0) FROM listings.calendar_days c"
                    + " WHERE c.listing_id = l.id AND c.night >= ?::date AND c.night < ?::date AND c.price_override IS NOT NULL)"
                    + " ELSE 0 END AS override_delta) cal", checkIn, stay.nights(), checkIn, checkOut);
        }
    }

    private void area() {
        SearchArea area = criteria.area();
        if (area instanceof SearchArea.City city) {
            sql.append(" AND lower(l.city) = lower(?)", city.name());
        } else if (area instanceof SearchArea.Box box) {
            box(box);
        } else if (area instanceof SearchArea.Circle circle) {
            box(circle.boundingBox());
            sql.append(" AND listings.distance_km(?, ?, l.location[1], l.location[0]) <= ?",
                    circle.center().latitude(), circle.center().longitude(), circle.radiusKm().doubleValue());
        }
    }

    private void box(SearchArea.Box box) {
        sql.append(" AND l.location <@ box(point(?, ?), point(?, ?))",
                box.minLongitude(), box.minLatitude(), box.maxLongitude(), box.maxLatitude());
    }

    private void stayRules() {
        if (criteria.stay() != null) {
            StaySql.appendBookable(sql, criteria.stay(), now);
        }
    }

    private void attributes() {
        if (criteria.guests() != null) {
            sql.append(" AND l.guests >= ?", criteria.guests());
        }
        if (criteria.propertyType() != null) {
            sql.append(" AND l.property_type = ?", criteria.propertyType().name());
        }
        if (criteria.roomType() != null) {
            sql.append(" AND l.room_type = ?", criteria.roomType().name());
        }
        if (!criteria.amenities().isEmpty()) {
            sql.append(" AND l.amenities @> ?::text[]", (Object) criteria.amenities().stream().sorted().toArray(String[]::new));
        }
        if (criteria.text() != null) {
            sql.append(" AND l.search_vector @@ websearch_to_tsquery('english', ?)", criteria.text());
        }
        if (criteria.comparesPrices()) {
            sql.append(" AND l.currency = ?", criteria.currency().getCurrencyCode());
        }
    }

    private void prices() {
        String price = criteria.stay() == null ? "hit.nightly_price" : "hit.stay_total";
        if (criteria.minPrice() != null) {
            sql.append(" AND " + price + " >= ?", criteria.minPrice());
        }
        if (criteria.maxPrice() != null) {
            sql.append(" AND " + price + " <= ?", criteria.maxPrice());
        }
    }

    /** The keyset condition and ORDER BY of one sort. */
    private record SearchOrder(SearchSort sort, boolean withStay) {

        private String key(String table) {
            return switch (sort) {
                case NEWEST -> table + ".published_at";
                case RATING -> "coalesce(" + table + ".rating_average, -1)";
                case PRICE -> table + (withStay ? ".stay_total" : ".nightly_price");
                case DISTANCE -> table + ".distance_km";
            };
        }

        private boolean descending() {
            return sort == SearchSort.NEWEST || sort == SearchSort.RATING;
        }

        void appendKeyset(SqlStatement.Builder sql, SearchPosition after) {
            if (after != null) {
                Object value = sort == SearchSort.NEWEST ? (Object) Instant.parse(after.key()) : new BigDecimal(after.key());
                String cast = sort == SearchSort.NEWEST ? "?::timestamptz" : "?";
                sql.append(" AND (" + key("hit") + ", hit.id) " + (descending() ? "<" : ">") + " (" + cast + ", ?::uuid)", value, after.id());
            }
        }

        String by(String table) {
            String direction = descending() ? " DESC" : "";
            return key(table) + direction + ", " + table + ".id" + direction;
        }
    }

    static UUID[] ids(java.util.List<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
