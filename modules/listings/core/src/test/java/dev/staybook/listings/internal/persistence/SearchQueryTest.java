package dev.staybook.listings.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.SearchArea;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchPosition;
import dev.staybook.listings.internal.domain.SearchSort;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    static final String CHECK_IN_TIME = "AND ?::timestamptz < (?::date + l.check_in_from) AT TIME ZONE l.time_zone";

    private static SqlStatement query(SearchArea area, DateRange stay, String text, SearchSort sort, SearchPosition after) {
        return SearchQuery.of(new SearchCriteria(area, stay, 2, new BigDecimal("10"), null, EUR, null, null, Set.of("wifi"), text,
                sort, 20, after), NOW);
    }

    private static long placeholders(SqlStatement sql) {
        return sql.sql().chars().filter(c -> c == '?').count();
    }

    @Test
    void userInputIsBoundNeverWritten() {
        String hostile = "'; DROP TABLE listings.listings; --";
        SqlStatement sql = query(new SearchArea.City(hostile), null, hostile, SearchSort.NEWEST, null);
        assertFalse(sql.sql().contains("DROP"));
        assertTrue(sql.parameters().contains(hostile));
        assertEquals(placeholders(sql), sql.parameters().size());
    }

    @Test
    void everyShapeHasAsManyValuesAsPlaceholders() {
        DateRange week = new DateRange(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 17));
        SearchArea circle = new SearchArea.Circle(new GeoPoint(48.85, 2.35), BigDecimal.TEN);
        SearchPosition after = new SearchPosition(SearchSort.DISTANCE, "1.250", UUID.randomUUID());
        for (SqlStatement sql : new SqlStatement[] {
                query(circle, week, "loft", SearchSort.DISTANCE, after),
                query(new SearchArea.Box(2, 48, 3, 49), null, null, SearchSort.RATING, null),
                query(null, new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1)), null, SearchSort.PRICE,
                        new SearchPosition(SearchSort.PRICE, "100.00", UUID.randomUUID())),
                query(null, null, null, SearchSort.NEWEST, new SearchPosition(SearchSort.NEWEST, NOW.toString(), UUID.randomUUID()))}) {
            assertEquals(placeholders(sql), sql.parameters().size(), sql.sql());
            assertTrue(sql.sql().contains("l.status = 'PUBLISHED'"), "the partial indexes need the literal");
        }
    }

    @Test
    void datesAddAvailabilityAndTheStayTotal() {
        String sql = query(new SearchArea.City("Paris"), new DateRange(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 17)), null,
                SearchSort.PRICE, null).sql();
        assertTrue(sql.contains("AND NOT position(B'1' IN substring(l.unavailable_bits FROM ?::date - l.nights_from + 1 FOR ?::int)) > 0"));
        assertTrue(sql.contains("CASE WHEN position(B'1' IN substring(l.repriced_bits"), "only repriced listings sum their overrides");
        assertFalse(sql.contains("booked_stays"), "availability is on the row");
        assertTrue(sql.contains("listings.round_half_even"), "a week gets the weekly discount");
        assertTrue(sql.contains("ORDER BY hit.stay_total, hit.id"));
        assertTrue(sql.contains("l.currency = ?"));
    }

    @Test
    void todaysStayClosesAtTheListingsCheckInTime() {
        // NOW is 25 November in UTC, already the 26th at UTC+14: a stay from either may have passed its check-in time
        for (LocalDate checkIn : List.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26))) {
            SqlStatement sql = query(new SearchArea.City("Pago Pago"), new DateRange(checkIn, checkIn.plusDays(1)), null, SearchSort.PRICE, null);
            assertTrue(sql.sql().contains(CHECK_IN_TIME), sql.sql());
            assertTrue(sql.sql().contains("?::date >= (?::timestamptz AT TIME ZONE l.time_zone)::date + l.advance_notice_days"),
                    "the advance notice, which also keeps out a check-in past at the listing");
            assertEquals(placeholders(sql), sql.parameters().size());
        }
    }

    @Test
    void aStayFromADayNotYetBegunAnywhereSkipsTheCheckInTime() {
        LocalDate notYetAnywhere = LocalDate.of(2026, 11, 27);
        String sql = query(new SearchArea.City("Paris"), new DateRange(notYetAnywhere, notYetAnywhere.plusDays(2)), null, SearchSort.PRICE,
                null).sql();
        assertFalse(sql.contains("check_in_from"), sql);
        assertFalse(sql.contains("+ " + BookingHorizon.DAYS), "far from the horizon everywhere: " + sql);
    }

    @Test
    void aStayNearTheHorizonChecksItAtTheListing() {
        // at NOW it is 25 November even at UTC-12, where the horizon is nearest
        LocalDate nearestLatestCheckOut = BookingHorizon.latestCheckOut(LocalDate.of(2026, 11, 25));
        SqlStatement within = query(null, new DateRange(nearestLatestCheckOut.minusDays(3), nearestLatestCheckOut), null, SearchSort.NEWEST, null);
        assertFalse(within.sql().contains("+ " + BookingHorizon.DAYS), within.sql());
        SqlStatement beyond = query(null, new DateRange(nearestLatestCheckOut.minusDays(2), nearestLatestCheckOut.plusDays(1)), null,
                SearchSort.NEWEST, null);
        assertTrue(beyond.sql().contains("AND ?::date <= (?::timestamptz AT TIME ZONE l.time_zone)::date + " + BookingHorizon.DAYS), beyond.sql());
        assertEquals(placeholders(beyond), beyond.parameters().size());
    }

    @Test
    void withoutDatesNoNightIsRead() {
        String sql = query(new SearchArea.City("Paris"), null, null, SearchSort.PRICE, null).sql();
        assertFalse(sql.contains("_bits") || sql.contains("calendar_days"), sql);
    }

    @Test
    void newestAndRatingWalkTheirIndexesBackwards() {
        String newest = query(null, null, null, SearchSort.NEWEST, null).sql();
        assertTrue(newest.contains("ORDER BY hit.published_at DESC, hit.id DESC LIMIT ?"), newest);
        assertTrue(newest.endsWith("ORDER BY page.published_at DESC, page.id DESC"), "the page's rows keep the order");
        assertTrue(query(null, null, null, SearchSort.RATING, null).sql().contains("ORDER BY coalesce(hit.rating_average, -1) DESC, hit.id DESC"));
    }

    @Test
    void findsThePageFromKeysAloneAndJoinsItsRowsAfter() {
        String distance = query(new SearchArea.Circle(new GeoPoint(48.85, 2.35), BigDecimal.TEN), null, null, SearchSort.DISTANCE, null).sql();
        assertTrue(distance.startsWith("SELECT d.id, d.host_id, d.title"));
        assertTrue(distance.contains("(SELECT l.id, l.nightly_price, NULL::numeric AS stay_total"), "the id and the keys it filters or sorts on: " + distance);
        assertTrue(distance.contains("JOIN listings.listings d ON d.id = page.id"));
    }

    @Test
    void aCircleSearchesItsBoundingBox() {
        SearchArea.Box box = new SearchArea.Circle(new GeoPoint(60, 10), BigDecimal.valueOf(100)).boundingBox();
        assertEquals(60 - 100 / 111.195, box.minLatitude(), 1e-9);
        assertTrue(box.maxLongitude() - 10 > 100 / 111.195, "longitude degrees are shorter up north");
        SearchArea.Box antimeridian = new SearchArea.Circle(new GeoPoint(0, 179.95), BigDecimal.TEN).boundingBox();
        assertEquals(-180, antimeridian.minLongitude());
        assertEquals(180, antimeridian.maxLongitude());
    }
}
