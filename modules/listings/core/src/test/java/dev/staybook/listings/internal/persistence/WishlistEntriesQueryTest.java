package dev.staybook.listings.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.internal.domain.WishlistRepository.EntryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WishlistEntriesQueryTest {

    @Test
    void todaysStayIsAvailableOnlyUntilTheListingsCheckInTimeAsInSearch() {
        Instant now = Instant.parse("2026-11-25T23:00:00Z"); // the 25th in Pago Pago, the 26th in Auckland
        DateRange tonight = new DateRange(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));
        SqlStatement sql = WishlistEntriesQuery.of(UUID.randomUUID(), new EntryQuery(tonight, 2, null, 20, now));
        assertTrue(sql.sql().contains(SearchQueryTest.CHECK_IN_TIME), sql.sql());
        assertEquals(sql.sql().chars().filter(c -> c == '?').count(), sql.parameters().size());
    }
}
