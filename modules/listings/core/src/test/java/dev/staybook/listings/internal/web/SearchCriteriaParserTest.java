package dev.staybook.listings.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.domain.SearchArea;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchSort;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SearchCriteriaParserTest {

    /** The morning of 2026-12-01 in UTC: still 2026-11-30 in UTC-12, already 2026-12-02 in UTC+14. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static SearchCriteria parse(Consumer<SearchRequest> parameters) {
        SearchRequest request = new SearchRequest();
        parameters.accept(request);
        return SearchCriteriaParser.parse(request, CLOCK);
    }

    private static List<String> rejected(Consumer<SearchRequest> parameters) {
        return errors(parameters).stream().map(FieldError::field).toList();
    }

    private static List<FieldError> errors(Consumer<SearchRequest> parameters) {
        return assertThrows(InvalidInput.class, () -> parse(parameters)).errors();
    }

    @Test
    void defaultsToTheNewestTwentyEverywhere() {
        SearchCriteria criteria = parse(r -> { });
        assertNull(criteria.area());
        assertNull(criteria.stay());
        assertEquals(SearchSort.NEWEST, criteria.sort());
        assertEquals(20, criteria.limit());
        assertEquals("EUR", criteria.currency().getCurrencyCode());
    }

    @Test
    void readsEveryFilter() {
        SearchCriteria criteria = parse(r -> {
            r.city = " Lisbon ";
            r.checkIn = "2026-12-30";
            r.checkOut = "2027-01-02";
            r.guests = "3";
            r.minPrice = "50";
            r.maxPrice = "400.50";
            r.currency = "usd";
            r.propertyType = "loft";
            r.roomType = "private_room";
            r.amenities = "wifi, pool,wifi";
            r.q = " sea view ";
            r.sort = "price";
            r.limit = "100";
        });
        assertEquals(new SearchArea.City("Lisbon"), criteria.area());
        assertEquals(new DateRange(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2)), criteria.stay());
        assertEquals(3, criteria.guests());
        assertEquals(new BigDecimal("400.50"), criteria.maxPrice());
        assertEquals("USD", criteria.currency().getCurrencyCode());
        assertEquals(Set.of("wifi", "pool"), criteria.amenities());
        assertEquals("sea view", criteria.text());
        assertEquals(SearchSort.PRICE, criteria.sort());
        assertEquals(100, criteria.limit());
    }

    @Test
    void nearSortsByDistanceWithATenKilometreRadius() {
        SearchCriteria criteria = parse(r -> r.near = "38.72,-9.14");
        SearchArea.Circle circle = criteria.circle();
        assertEquals(38.72, circle.center().latitude());
        assertEquals(BigDecimal.TEN, circle.radiusKm());
        assertEquals(SearchSort.DISTANCE, criteria.sort());
    }

    @Test
    void namesEveryBadParameter() {
        assertEquals(List.of("bbox", "near"), rejected(r -> { r.city = "x"; r.bbox = "1,2,3,4"; r.near = "1,2"; }));
        assertEquals(List.of("bbox"), rejected(r -> r.bbox = "10,50,5,55"));
        assertEquals(List.of("bbox"), rejected(r -> r.bbox = "10,50,200,55"));
        assertEquals(List.of("bbox"), rejected(r -> r.bbox = "10,50,20"));
        assertEquals(List.of("radiusKm"), rejected(r -> { r.near = "1,2"; r.radiusKm = "0"; }));
        assertEquals(List.of("radiusKm"), rejected(r -> { r.near = "1,2"; r.radiusKm = "101"; }));
        assertEquals(List.of("radiusKm"), rejected(r -> r.radiusKm = "5"));
        assertEquals(List.of("near.latitude"), rejected(r -> r.near = "95,2"));
        assertEquals(List.of("checkOut"), rejected(r -> r.checkIn = "2027-01-01"));
        assertEquals(List.of("checkOut"), rejected(r -> { r.checkIn = "2027-01-05"; r.checkOut = "2027-01-05"; }));
        assertEquals(List.of("checkOut"), rejected(r -> { r.checkIn = "2027-01-01"; r.checkOut = "2028-01-02"; }));
        assertEquals(List.of("checkIn"), rejected(r -> { r.checkIn = "01/05/2027"; r.checkOut = "2027-01-09"; }));
        assertEquals(List.of("guests", "minPrice", "limit"), rejected(r -> { r.guests = "0"; r.minPrice = "-1"; r.limit = "101"; }));
        assertEquals(List.of("maxPrice"), rejected(r -> { r.minPrice = "100"; r.maxPrice = "50"; }));
        assertEquals(List.of("currency", "propertyType", "sort"), rejected(r -> { r.currency = "EURO"; r.propertyType = "castle"; r.sort = "cheapest"; }));
        assertEquals(List.of("sort"), rejected(r -> r.sort = "distance"));
        assertEquals(List.of("amenities"), rejected(r -> r.amenities = "Wi-Fi"));
    }

    @Test
    void aWholeNumberBeyondIntIsOutOfRangeNotUnreadable() {
        assertEquals(List.of(new FieldError("guests", "must be between 1 and 50"), new FieldError("limit", "must be between 1 and 100")),
                errors(r -> { r.guests = "99999999999"; r.limit = "-99999999999"; }));
        assertEquals(errors(r -> r.guests = "51"), errors(r -> r.guests = "+99999999999999999999999999999999999999999999"));
        assertEquals(List.of(new FieldError("guests", "must be a whole number"), new FieldError("limit", "must be a whole number")),
                errors(r -> { r.guests = "99999999999.5"; r.limit = "1e3"; }));
    }

    @Test
    void aRadiusTooBigIsOutOfRangeWhileNonNumbersAndAbsurdExponentsAreUnreadable() {
        FieldError outOfRange = new FieldError("radiusKm", "must be more than 0 and at most 100");
        for (String radius : List.of("100000", "1e5", "-100000", "9".repeat(40))) {
            assertEquals(List.of(outOfRange), errors(r -> { r.near = "48.85,2.35"; r.radiusKm = radius; }), radius);
        }
        FieldError unreadable = new FieldError("radiusKm", "must be a number of kilometres");
        for (String radius : List.of("ten", "1e1000000", "1e-1000000", "9".repeat(41))) {
            assertEquals(List.of(unreadable), errors(r -> { r.near = "48.85,2.35"; r.radiusKm = radius; }), radius);
        }
    }

    @Test
    void aCheckInIsPastOnlyOnceItsDayHasEndedEverywhere() {
        assertEquals(List.of(new FieldError("checkIn", "must not be in the past")),
                errors(r -> { r.checkIn = "2020-03-10"; r.checkOut = "2020-03-12"; }));
        assertEquals(List.of(new FieldError("checkIn", "must not be in the past")),
                errors(r -> { r.checkIn = "2026-11-29"; r.checkOut = "2026-12-03"; }));
        // 10:00 UTC on 2026-12-01 is still 2026-11-30 in UTC-12
        assertEquals(LocalDate.of(2026, 11, 30), parse(r -> { r.checkIn = "2026-11-30"; r.checkOut = "2026-12-03"; }).stay().checkIn());
        assertEquals(List.of("checkIn", "checkOut"), rejected(r -> { r.checkIn = "2020-03-10"; r.checkOut = "2020-03-10"; }));
    }

    @Test
    void theBookingHorizonCountsFromTodayAsTheClockTellsIt() {
        // 2026-12-02 is already today in UTC+14: its horizon ends 731 days later
        assertEquals(LocalDate.of(2028, 12, 2), parse(r -> { r.checkIn = "2027-12-03"; r.checkOut = "2028-12-02"; }).stay().checkOut());
        assertEquals(List.of(new FieldError("checkOut", "must be at most 731 days ahead: stays further away cannot be booked yet")),
                errors(r -> { r.checkIn = "2027-12-04"; r.checkOut = "2028-12-03"; }));
    }

    @Test
    void cursorsCarryTheirSortAndRejectTampering() {
        UUID id = UUID.randomUUID();
        String cursor = SearchCriteriaParser.cursor(SearchSort.PRICE, "120.00", id);
        SearchCriteria next = parse(r -> { r.sort = "price"; r.cursor = cursor; });
        assertEquals("120.00", next.after().key());
        assertEquals(id, next.after().id());
        assertEquals(List.of("cursor"), rejected(r -> r.cursor = cursor));
        assertEquals(List.of("cursor"), rejected(r -> r.cursor = "not-a-cursor!"));
        assertEquals(List.of("cursor"), rejected(r -> r.cursor = SearchCriteriaParser.cursor(SearchSort.NEWEST, "yesterday", id)));
    }
}
