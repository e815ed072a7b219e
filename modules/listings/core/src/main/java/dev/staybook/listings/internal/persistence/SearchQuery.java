package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.PriceRules;
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
 * part of every query); with dates, a lateral look at the stay's calendar rows (primary key range) and
 * a GiST probe of booked stays decide availability and the stay total. Keyset pagination compares
 * (sort key, id) rows. Values are always bound, never written into the text.
 */
public final class SearchQuery {

    static final String COLUMNS = "l.id, l.host_id, l.title, l.city, l.country, l.property_type, l.room_type, l.latitude, l.longitude,"
            + " l.guests, l.nightly_price, l.currency, l.rating_average, l.rating_count, l.instant_book, l.published_at";

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

    private SqlStatement build() {
        sql.append("SELECT * FROM (SELECT " + COLUMNS);
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
        new SearchOrder(criteria.sort(), criteria.stay() != null).appendKeysetAndOrder(sql, criteria.after());
        sql.append(" LIMIT ?", criteria.limit() + 1);
        return sql.build();
    }

    private void stayTotalColumn() {
        DateRange stay = criteria.stay();
        if (stay == null) {
            sql.append(", NULL::numeric AS stay_total");
            return;
        }
        String nightsTotal = "(l.nightly_price * ? + cal.override_delta)";
        String percent = stay.nights() >= PriceRules.MONTHLY_NIGHTS ? "greatest(l.weekly_discount_percent, l.monthly_discount_percent)"
                : stay.nights() >= PriceRules.WEEKLY_NIGHTS ? "l.weekly_discount_percent" : null;
        if (percent == null) {
            sql.append(", " + nightsTotal + " + l.cleaning_fee AS stay_total", stay.nights());
        } else {
            sql.append(", " + nightsTotal + " - listings.round_half_even(" + nightsTotal + " * " + percent
                    + " / 100, l.currency_digits) + l.cleaning_fee AS stay_total", stay.nights(), stay.nights());
        }
    }

    private void distanceColumn() {
        SearchArea.Circle circle = criteria.circle();
        if (circle == null) {
            sql.append(", NULL::numeric AS distance_km");
        } else {
            sql.append(", round(listings.distance_km(?, ?, l.latitude, l.longitude)::numeric, 3) AS distance_km",
                    circle.center().latitude(), circle.center().longitude());
        }
    }

    private void stayCalendarJoin() {
        DateRange stay = criteria.stay();
        if (stay != null) {
            sql.append(" CROSS JOIN LATERAL (SELECT coalesce(bool_or(c.blocked), false) AS blocked,"
                    + " coalesce(sum(c.price_override - l.nightly_price) FILTER (WHERE c.price_override IS NOT NULL), 0) AS override_delta"
                    + " FROM listings.calendar_days c WHERE c.listing_id = l.id AND c.night >= ?::date AND c.night < ?::date) cal",
                    stay.checkIn().toString(), stay.checkOut().toString());
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
            sql.append(" AND listings.distance_km(?, ?, l.latitude, l.longitude) <= ?",
                    circle.center().latitude(), circle.center().longitude(), circle.radiusKm().doubleValue());
        }
    }

    private void box(SearchArea.Box box) {
        sql.append(" AND l.location <@ box(point(?, ?), point(?, ?))",
                box.minLongitude(), box.minLatitude(), box.maxLongitude(), box.maxLatitude());
    }

    private void stayRules() {
        DateRange stay = criteria.stay();
        if (stay == null) {
            return;
        }
        String checkIn = stay.checkIn().toString();
        String checkOut = stay.checkOut().toString();
        sql.append(" AND l.min_nights <= ? AND l.max_nights >= ?", stay.nights(), stay.nights());
        sql.append(" AND ?::date >= (?::timestamptz AT TIME ZONE l.time_zone)::date + l.advance_notice_days", checkIn, now);
        sql.append(" AND NOT cal.blocked");
        sql.append(" AND NOT EXISTS (SELECT 1 FROM listings.booked_stays b WHERE b.listing_id = l.id"
                + " AND daterange(b.check_in, b.check_out) && daterange(?::date - l.preparation_days, ?::date + l.preparation_days))",
                checkIn, checkOut);
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

    /** The ORDER BY and keyset condition of one sort. */
    private record SearchOrder(SearchSort sort, boolean withStay) {

        void appendKeysetAndOrder(SqlStatement.Builder sql, SearchPosition after) {
            String key = switch (sort) {
                case NEWEST -> "hit.published_at";
                case RATING -> "coalesce(hit.rating_average, -1)";
                case PRICE -> withStay ? "hit.stay_total" : "hit.nightly_price";
                case DISTANCE -> "hit.distance_km";
            };
            boolean descending = sort == SearchSort.NEWEST || sort == SearchSort.RATING;
            if (after != null) {
                Object value = sort == SearchSort.NEWEST ? (Object) Instant.parse(after.key()) : new BigDecimal(after.key());
                String cast = sort == SearchSort.NEWEST ? "?::timestamptz" : "?";
                sql.append(" AND (" + key + ", hit.id) " + (descending ? "<" : ">") + " (" + cast + ", ?::uuid)", value, after.id());
            }
            String direction = descending ? " DESC" : "";
            sql.append(" ORDER BY " + key + direction + ", hit.id" + direction);
        }
    }

    static UUID[] ids(java.util.List<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
