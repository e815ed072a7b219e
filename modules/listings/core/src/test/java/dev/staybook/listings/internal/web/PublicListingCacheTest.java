package dev.staybook.listings.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A search page's cache key: equal searches share it, and every parameter that changes the page changes it. */
class PublicListingCacheTest {

    private static final LocalDate IN_TWO_MONTHS = LocalDate.now().plusMonths(2);

    @Test
    void equalSearchesWrittenDifferentlyShareAKey() {
        assertEquals(key(Map.of("city", "Lyon", "amenities", "wifi,pool")),
                key(Map.of("city", "Lyon", "amenities", "pool,wifi", "currency", "EUR", "limit", "20")));
    }

    @Test
    void everyParameterThatChangesThePageChangesTheKey() {
        String base = key(Map.of("city", "Lyon"));
        for (Map<String, String> other : new Map[] {
                Map.of("city", "Nice"),
                Map.of("city", "Lyon", "currency", "USD"),
                Map.of("city", "Lyon", "guests", "3"),
                Map.of("city", "Lyon", "minPrice", "50"),
                Map.of("city", "Lyon", "maxPrice", "50"),
                Map.of("city", "Lyon", "amenities", "wifi"),
                Map.of("city", "Lyon", "q", "river"),
                Map.of("city", "Lyon", "sort", "price"),
                Map.of("city", "Lyon", "limit", "5"),
                Map.of("city", "Lyon", "propertyType", "LOFT"),
                Map.of("city", "Lyon", "roomType", "PRIVATE_ROOM"),
                Map.of("city", "Lyon", "checkIn", IN_TWO_MONTHS.toString(), "checkOut", IN_TWO_MONTHS.plusDays(3).toString())}) {
            assertNotEquals(base, key(other), "key of " + other);
        }
    }

    private static String key(Map<String, String> parameters) {
        return PublicListingCache.searchKey(SearchCriteriaParser.parse(SearchRequest.of(parameters), Clock.systemUTC()));
    }
}
