package dev.staybook.it.listings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestDatabase;
import dev.staybook.kernel.DateRange;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.SearchArea;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchSort;
import dev.staybook.listings.internal.persistence.SearchQuery;
import dev.staybook.listings.internal.persistence.SqlStatement;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL that search runs, explained by PostgreSQL over 20,000 published listings (with host blocks,
 * price overrides and booked stays) in their own cities and patch of Siberia: every query shape must be
 * served by the index meant for it and never read the whole listings table. With dates, availability
 * comes from the bit strings of unavailable nights that the covering city index carries (with the time zone, advance
 * notice and check-in time that the booking window needs), never from probes of
 * booked stays; the calendar is read only for listings repriced during the stay, from its index of overrides alone.
 */
@SystemTest
class SearchPlanIT {

    private static final int LISTINGS = 20_000;
    private static final String PREFIX = "Planville " + UUID.randomUUID().toString().substring(0, 6);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate CHECK_IN = LocalDate.now().plusDays(30);

    @BeforeAll
    static void seed() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            try (PreparedStatement listings = connection.prepareStatement("""
                    INSERT INTO listings.listings (id, host_id, status, title, description, property_type, room_type, city, country,
                        latitude, longitude, time_zone, guests, bedrooms, beds, bathrooms, amenities, check_in_from, check_out_until,
                        currency, currency_digits, nightly_price, cleaning_fee, weekly_discount_percent, min_nights, max_nights,
                        cancellation_policy, rating_average, rating_count, created_at, updated_at, published_at)
                    SELECT gen_random_uuid(), gen_random_uuid(), 'PUBLISHED', 'Seeded home ' || g,
                        'A seeded place to stay' || CASE WHEN g % 400 = 0 THEN ' with a zebrawood floor' ELSE '' END,
                        (ARRAY['APARTMENT', 'HOUSE', 'LOFT', 'CABIN'])[1 + g % 4], 'ENTIRE_PLACE', ? || ' ' || (g % 50), 'RU',
                        60 + (g % 100) * 0.02, 100 + (g / 100) * 0.01, 'Asia/Krasnoyarsk', 1 + g % 8, 1, 1 + g % 4, 1,
                        CASE WHEN g % 100 = 0 THEN ARRAY['wifi', 'ski_in_out', 'fireplace'] ELSE ARRAY['wifi', 'kitchen'] END,
                        '15:00', '11:00', CASE WHEN g % 10 = 0 THEN 'USD' ELSE 'EUR' END, 2, 40 + g % 300, 20, 10, 1, 30, 'MODERATE',
                        CASE WHEN g % 3 = 0 THEN NULL ELSE 3 + (g % 200) / 100.0 END, g % 50,
                        now() - g * interval '1 minute', now(), now() - g * interval '1 minute'
                    FROM generate_series(1, ?) AS g""")) {
                listings.setString(1, PREFIX);
                listings.setInt(2, LISTINGS);
                listings.executeUpdate();
            }
            statement.executeUpdate("""
                    INSERT INTO listings.calendar_days (listing_id, night, blocked, price_override)
                    SELECT l.id, current_date + d, d %% 3 = 0, CASE WHEN d %% 3 = 0 THEN NULL ELSE 99 END
                    FROM listings.listings l CROSS JOIN generate_series(20, 40, 4) AS d
                    WHERE l.city LIKE '%s%%'""".formatted(PREFIX));
            statement.executeUpdate("""
                    INSERT INTO listings.booked_stays (booking_id, listing_id, check_in, check_out)
                    SELECT gen_random_uuid(), l.id, current_date + d, current_date + d + 3
                    FROM listings.listings l CROSS JOIN (VALUES (10), (50)) AS stays (d)
                    WHERE l.city LIKE '%s%%'""".formatted(PREFIX));
            // as autovacuum would: statistics, and the visibility map that index-only scans rely on
            statement.execute("VACUUM ANALYZE listings.listings, listings.calendar_days, listings.booked_stays");
        }
    }

    private static SearchCriteria criteria(SearchArea area, DateRange stay, Integer guests, Set<String> amenities, String text,
                                           SearchSort sort) {
        return new SearchCriteria(area, stay, guests, null, null, EUR, null, null, amenities, text, sort, 20, null);
    }

    private static String plan(SearchCriteria criteria) throws SQLException {
        SqlStatement query = SearchQuery.of(criteria, Instant.now());
        SqlStatement explain = new SqlStatement("EXPLAIN " + query.sql(), query.parameters());
        List<String> lines = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = explain.prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return String.join("\n", lines);
    }

    private static void assertUses(String plan, String... indexes) {
        assertFalse(plan.contains("Seq Scan on listings "), () -> "reads the whole listings table:\n" + plan);
        for (String index : indexes) {
            assertTrue(plan.contains(index), () -> "does not use " + index + ":\n" + plan);
        }
    }

    @Test
    void cityWithDatesAndGuestsSortedByTotalPrice() throws SQLException {
        String plan = plan(criteria(new SearchArea.City(PREFIX.toLowerCase() + " 7"), new DateRange(CHECK_IN, CHECK_IN.plusDays(5)),
                2, Set.of(), null, SearchSort.PRICE));
        assertUses(plan, "Index Only Scan using listings_published_city_idx", "unavailable_bits",
                "calendar_days_price_overrides_idx");
        assertFalse(plan.contains("booked_stays"), () -> "the summaries answer availability:\n" + plan);
    }

    @Test
    void cityTonightChecksTheCheckInTimeFromTheIndexAlone() throws SQLException {
        LocalDate tonight = LocalDate.now(ZoneOffset.UTC); // today or yesterday in Krasnoyarsk: its check-in time may have come
        String plan = plan(criteria(new SearchArea.City(PREFIX.toLowerCase() + " 7"), new DateRange(tonight, tonight.plusDays(1)),
                2, Set.of(), null, SearchSort.PRICE));
        assertUses(plan, "Index Only Scan using listings_published_city_idx", "check_in_from", "unavailable_bits");
    }

    @Test
    void boundingBox() throws SQLException {
        assertUses(plan(criteria(new SearchArea.Box(100.5, 60.5, 100.6, 60.6), null, null, Set.of(), null, SearchSort.NEWEST)),
                "listings_published_location_idx");
    }

    @Test
    void nearWithRadiusSortedByDistance() throws SQLException {
        assertUses(plan(criteria(new SearchArea.Circle(new GeoPoint(61, 101), BigDecimal.valueOf(5)), null, null, Set.of(), null,
                SearchSort.DISTANCE)), "listings_published_location_idx");
    }

    @Test
    void amenities() throws SQLException {
        assertUses(plan(criteria(null, null, null, Set.of("ski_in_out", "fireplace"), null, SearchSort.PRICE)),
                "listings_published_amenities_idx");
    }

    @Test
    void fullText() throws SQLException {
        assertUses(plan(criteria(null, null, null, Set.of(), "zebrawood", SearchSort.NEWEST)), "listings_published_text_idx");
    }

    @Test
    void newestEverywhere() throws SQLException {
        assertUses(plan(criteria(null, null, null, Set.of(), null, SearchSort.NEWEST)), "listings_published_newest_idx");
    }

    @Test
    void bestRatedAndCheapestEverywhere() throws SQLException {
        assertUses(plan(criteria(null, null, null, Set.of(), null, SearchSort.RATING)), "listings_published_rating_idx");
        assertUses(plan(criteria(null, null, null, Set.of(), null, SearchSort.PRICE)), "listings_published_price_idx");
    }

    @Test
    void datesEverywhereStillWalkAnIndex() throws SQLException {
        assertUses(plan(criteria(null, new DateRange(CHECK_IN, CHECK_IN.plusDays(3)), 2, Set.of(), null, SearchSort.NEWEST)),
                "listings_published_newest_idx", "unavailable_bits");
    }
}
