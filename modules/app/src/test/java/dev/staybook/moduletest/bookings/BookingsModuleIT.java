package dev.staybook.moduletest.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.internal.application.BookingDetails;
import dev.staybook.bookings.internal.application.BookingQueries;
import dev.staybook.bookings.internal.application.BookingService;
import dev.staybook.bookings.internal.application.PlaceBooking;
import dev.staybook.bookings.internal.application.QuoteService;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicy;
import dev.staybook.bookings.internal.persistence.JpaBookingRepository;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.Unauthenticated;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.moduletest.support.MicroDeployment;
import dev.staybook.moduletest.support.ModuleTest;
import dev.staybook.moduletest.support.Rows;
import dev.staybook.payments.api.PaymentSummary;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bookings with nothing of the other modules but what they publish: listings' {@link ListingCatalog} and payments'
 * {@code PaymentDirectory} (test doubles), the identity and payments api types, and the events it publishes through the outbox library. Proves
 * that quoting, holding dates (PostgreSQL's exclusion constraint), confirming on payments' outcome and
 * cancelling under the listing's policy need no other module's code.
 */
@ModuleTest
class BookingsModuleIT {

    @Deployment
    static WebArchive bookingsAlone() {
        return MicroDeployment.of("bookings")
                .packages(BookingService.class, Booking.class, CancellationPolicy.class, JpaBookingRepository.class,
                        BookingId.class, BookingPlaced.class, ListingCatalog.class, Caller.class, PaymentSummary.class)
                .classes(PublishedListings.class, RecordedPayments.class, DeletedAccounts.class)
                .persistenceUnit("bookings")
                .archive();
    }

    private static final UserId HOST = new UserId(UUID.randomUUID());
    private static final Caller GUEST = new Caller(new UserId(UUID.randomUUID()), Set.of(Role.GUEST));
    private static final Caller OTHER_GUEST = new Caller(new UserId(UUID.randomUUID()), Set.of(Role.GUEST));

    @Inject
    PublishedListings listings;
    @Inject
    RecordedPayments payments;
    @Inject
    DeletedAccounts accounts;
    @Inject
    QuoteService quotes;
    @Inject
    BookingService bookings;
    @Inject
    BookingQueries queries;
    @Inject
    Rows rows;

    private BookableListing listing;

    @AfterEach
    void removeThisTestsBookings() {
        accounts.restoreAll();
        if (listing != null) {
            rows.update("DELETE FROM outbox.events WHERE aggregate_id IN (SELECT id FROM bookings.bookings WHERE listing_id = ?)",
                    listing.id().value());
            rows.update("DELETE FROM bookings.bookings WHERE listing_id = ?", listing.id().value());
        }
    }

    @Test
    void quotesAStayFromTheTermsListingsPublishes() {
        listing = listings.publish(HOST, true, CancellationPolicyChoice.FLEXIBLE);

        var quoted = quotes.quote(listing.id(), stay(30, 33), Guests.adults(2));

        // 3 nights of 100.00 and 50.00 cleaning; 14 % service fee and 10 % taxes on that subtotal
        assertEquals(Money.of("300.00", "EUR"), quoted.quote().line(PriceLineKind.ACCOMMODATION));
        assertEquals(Money.of("49.00", "EUR"), quoted.quote().line(PriceLineKind.GUEST_SERVICE_FEE));
        assertEquals(Money.of("35.00", "EUR"), quoted.quote().line(PriceLineKind.TAXES));
        assertEquals(Money.of("434.00", "EUR"), quoted.quote().guestTotal());
        assertEquals(Money.of("339.50", "EUR"), quoted.quote().hostPayout());
    }

    @Test
    void holdsTheNightsAndTheDatabaseRefusesAnOverlappingStay() {
        listing = listings.publish(HOST, true, CancellationPolicyChoice.FLEXIBLE);
        BookingDetails placed = bookings.place(GUEST, request(stay(40, 43))).booking();

        Conflict refused = assertThrows(Conflict.class, () -> bookings.place(OTHER_GUEST, request(stay(42, 44))));

        assertEquals("dates-unavailable", refused.code());
        assertEquals(BookingStatus.PENDING_PAYMENT, placed.status());
        assertEquals(1, rows.number("SELECT count(*) FROM bookings.bookings WHERE listing_id = ?", listing.id().value()));
    }

    @Test
    void aBookingNeedsBothItsPartiesAccounts() {
        listing = listings.publish(HOST, true, CancellationPolicyChoice.FLEXIBLE);

        accounts.delete(GUEST.id());
        assertEquals("invalid-token", assertThrows(Unauthenticated.class, () -> bookings.place(GUEST, request(stay(45, 47)))).code());
        accounts.restoreAll();
        accounts.delete(HOST);
        assertEquals("listing-not-found", assertThrows(NotFound.class, () -> bookings.place(GUEST, request(stay(45, 47)))).code());
        assertEquals(0, rows.number("SELECT count(*) FROM bookings.bookings WHERE listing_id = ?", listing.id().value()));
    }

    @Test
    void confirmsAnInstantBookingWhenPaymentsAuthorizesAndAnnouncesIt() {
        listing = listings.publish(HOST, true, CancellationPolicyChoice.FLEXIBLE);
        UUID id = bookings.place(GUEST, request(stay(50, 52))).booking().id();

        bookings.paymentAuthorized(new BookingId(id));

        assertEquals(BookingStatus.CONFIRMED, queries.details(GUEST, id).status());
        assertEquals(2, rows.number("SELECT count(*) FROM outbox.events WHERE aggregate_id = ? AND event_type IN ('BookingPlaced', 'BookingConfirmed')", id));
        assertEquals(0, rows.number("SELECT count(*) FROM outbox.deliveries WHERE aggregate_id = ?", id),
                "a micro-deployment has no subscribers, so the full application never delivers its events");
    }

    @Test
    void refundsInFullUnderTheFlexiblePolicyWhenCancelledEarly() {
        listing = listings.publish(HOST, true, CancellationPolicyChoice.FLEXIBLE);
        UUID id = bookings.place(GUEST, request(stay(60, 63))).booking().id();
        bookings.paymentAuthorized(new BookingId(id));

        BookingDetails cancelled = bookings.cancel(GUEST, id, "plans changed");

        assertEquals(BookingStatus.CANCELLED_BY_GUEST, cancelled.status());
        assertEquals(Money.of("434.00", "EUR"), cancelled.refundTotal());
    }

    @Test
    void refundsNothingWhenCancelledWhilePaymentsStillRetriesARefusedCapture() {
        listing = listings.publish(HOST, true, CancellationPolicyChoice.FLEXIBLE);
        UUID id = bookings.place(GUEST, request(stay(70, 73))).booking().id();
        bookings.paymentAuthorized(new BookingId(id));
        Money nothing = Money.of("0.00", "EUR");
        payments.record(new PaymentSummary(new BookingId(id), PaymentSummary.CAPTURE_FAILED, Money.of("434.00", "EUR"), nothing, nothing));

        BookingDetails cancelled = bookings.cancel(GUEST, id, "plans changed");

        assertEquals(BookingStatus.CANCELLED_BY_GUEST, cancelled.status());
        assertTrue(cancelled.refundTotal().isZero(), "nothing was charged, so nothing is refunded");
        assertEquals(1, rows.number("SELECT count(*) FROM outbox.events WHERE aggregate_id = ? AND event_type = 'BookingCancelled'"
                + " AND payload::jsonb ->> 'wasCharged' = 'false'", id), "payments releases the hold instead of refunding");
    }

    private PlaceBooking request(DateRange stay) {
        return new PlaceBooking(listing.id(), stay, Guests.adults(2), null, null, null, null);
    }

    private static DateRange stay(int fromDays, int toDays) {
        LocalDate today = LocalDate.now();
        return new DateRange(today.plusDays(fromDays), today.plusDays(toDays));
    }
}
