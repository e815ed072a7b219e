package dev.staybook.bookings.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import dev.staybook.outbox.EventJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bookings events survive the outbox's stored form unchanged, money and price lines included. */
class BookingEventsStoredTest {

    private static final DateRange STAY = new DateRange(LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-02"));

    private static IntegrationEvent roundTrip(IntegrationEvent event) {
        return EventJson.read(EventJson.write(event), event.getClass());
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        BookingPlaced placed = new BookingPlaced(UUID.randomUUID(), new BookingId(UUID.randomUUID()), new ListingId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), new UserId(UUID.randomUUID()), STAY, Money.of("421.60", "EUR"),
                Instant.parse("2026-11-25T10:15:30.123456Z"), "We arrive late, around 22:00.", Instant.parse("2026-11-25T09:45:30Z"));
        assertEquals(placed, roundTrip(placed));
    }

    @Test
    void aPlacedEventStoredBeforeItCarriedTheGuestsMessageReadsWithoutOne() {
        BookingPlaced placed = new BookingPlaced(UUID.randomUUID(), new BookingId(UUID.randomUUID()), new ListingId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), new UserId(UUID.randomUUID()), STAY, Money.of("421.60", "EUR"),
                Instant.parse("2026-11-25T10:15:30Z"), null, Instant.parse("2026-11-25T09:45:30Z"));
        String stored = EventJson.write(placed);
        String storedBefore = stored.replace(",\"guestMessage\":null", "").replace("\"guestMessage\":null,", "");
        assertFalse(storedBefore.contains("guestMessage"), storedBefore);
        assertEquals(placed, EventJson.read(storedBefore, BookingPlaced.class));
    }

    @Test
    void keepsRefundLinesAndCurrenciesWithoutMinorUnits() {
        BookingCancelled cancelled = new BookingCancelled(UUID.randomUUID(), new BookingId(UUID.randomUUID()), new ListingId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), new UserId(UUID.randomUUID()), STAY, Party.GUEST, true, Money.of("15000", "JPY"),
                List.of(new PriceLine(PriceLineKind.ACCOMMODATION, "Refund of nights", Money.of("15000", "JPY"))),
                Money.of("3000", "JPY"), Instant.parse("2026-11-25T09:45:30Z"));
        assertEquals(cancelled, roundTrip(cancelled));
    }

    @Test
    void aCancellationForNonPaymentNamesNoPartyAndSurvivesTheOutbox() {
        BookingCancelled cancelled = new BookingCancelled(UUID.randomUUID(), new BookingId(UUID.randomUUID()), new ListingId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), new UserId(UUID.randomUUID()), STAY, null, false, Money.of("0", "JPY"),
                List.of(), Money.of("0", "JPY"), Instant.parse("2026-11-25T09:45:30Z"));
        BookingCancelled stored = (BookingCancelled) roundTrip(cancelled);
        assertEquals(cancelled, stored);
        assertTrue(stored.forNonPayment());
    }
}
