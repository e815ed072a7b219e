package dev.staybook.moduletest.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.stripe.Stripe;
import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.ListingId;
import dev.staybook.moduletest.support.MicroDeployment;
import dev.staybook.moduletest.support.ModuleTest;
import dev.staybook.moduletest.support.Rows;
import dev.staybook.outbox.RemoteCall;
import dev.staybook.payments.api.PaymentDirectory;
import dev.staybook.payments.api.event.PaymentAuthorized;
import dev.staybook.payments.internal.application.PaymentProcessing;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.gateway.PaymentGateway;
import dev.staybook.payments.internal.gateway.SimulatedGateway;
import dev.staybook.payments.internal.ledger.Ledger;
import dev.staybook.payments.internal.persistence.JpaPaymentRepository;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Payments with nothing of bookings but its published events, which the test hands to the application service
 * as the outbox would (the handler, the gateway call it returns and what follows, in one transaction): an authorization through the simulated gateway (declined above the test server's limit of
 * 5000; a repeated idempotency key answered with what was recorded first), a capture on confirmation whose ledger
 * transaction balances, and the events payments publishes. Each test
 * uses a booking id of its own; its rows stay, as the ledger is append-only (and consistent, for reconciliation).
 */
@ModuleTest
class PaymentsModuleIT {

    @Deployment
    static WebArchive paymentsAlone() {
        return MicroDeployment.of("payments")
                .packages(PaymentProcessing.class, Payment.class, Gateways.class, Ledger.class, JpaPaymentRepository.class,
                        PaymentDirectory.class, PaymentAuthorized.class, BookingId.class, BookingPlaced.class,
                        ListingId.class, UserId.class)
                .libraries(Stripe.class, Gson.class)
                .persistenceUnit("payments")
                .archive();
    }

    @Inject
    PaymentProcessing processing;
    @Inject
    Rows rows;
    @Inject
    Gateways gateways;
    @Inject
    UserTransaction transaction;

    private final BookingId booking = new BookingId(UUID.randomUUID());

    @Test
    void authorizesThePlacedBookingsTotalAndAnnouncesIt() throws Exception {
        deliver(() -> processing.placed(placed("434.00")));

        assertEquals("AUTHORIZED", rows.text("SELECT status FROM payments.payments WHERE booking_id = ?", booking.value()));
        assertEquals(1, rows.number("SELECT count(*) FROM outbox.events WHERE aggregate_id = ? AND event_type = 'PaymentAuthorized'",
                booking.value()));
    }

    @Test
    void theSimulatedGatewayDeclinesAboveItsLimit() throws Exception {
        deliver(() -> processing.placed(placed("6000.00")));

        assertEquals("FAILED", rows.text("SELECT status FROM payments.payments WHERE booking_id = ?", booking.value()));
        assertEquals(1, rows.number("SELECT count(*) FROM outbox.events WHERE aggregate_id = ? AND event_type = 'PaymentFailed'",
                booking.value()));
    }

    @Test
    void theSimulatedGatewayAnswersARepeatedKeyWithWhatItRecordedFirst() {
        PaymentGateway simulated = gateways.named(SimulatedGateway.NAME);
        String key = "authorize-" + booking;

        GatewayOutcome declined = simulated.authorize("first call", Money.of("6000.00", "EUR"), key);
        GatewayOutcome repeated = simulated.authorize("the same key again, an amount it would accept", Money.of("434.00", "EUR"), key);

        assertEquals("card_declined", declined.failure());
        assertEquals(declined, repeated);
        assertEquals(1, rows.number("SELECT count(*) FROM payments.simulated_gateway_calls WHERE idempotency_key = ?", key));
    }

    @Test
    void capturesOnConfirmationAndTheLedgerTransactionBalances() throws Exception {
        deliver(() -> processing.placed(placed("434.00")));

        deliver(() -> processing.confirmed(confirmed("434.00", "339.50")));

        assertEquals(new BigDecimal("434.00"), new BigDecimal(rows.text(
                "SELECT captured_amount FROM payments.payments WHERE booking_id = ?", booking.value())).setScale(2));
        assertEquals(0, rows.number("""
                SELECT count(*) FROM (SELECT e.transaction_id FROM payments.ledger_entries e
                    JOIN payments.ledger_transactions t ON t.id = e.transaction_id WHERE t.booking_id = ?
                    GROUP BY e.transaction_id HAVING sum(CASE e.side WHEN 'DEBIT' THEN e.amount ELSE -e.amount END) <> 0) unbalanced""",
                booking.value()));
        assertEquals(new BigDecimal("339.50"), new BigDecimal(rows.text("""
                SELECT e.amount FROM payments.ledger_entries e JOIN payments.ledger_transactions t ON t.id = e.transaction_id
                WHERE t.booking_id = ? AND e.account = 'HOST_PAYABLE'""", booking.value())).setScale(2));
    }

    /** As the outbox delivers an event: the handler, the gateway call it returns and what follows, in one transaction. */
    private void deliver(Supplier<RemoteCall<?>> handler) throws Exception {
        transaction.begin();
        boolean handled = false;
        try {
            RemoteCall<?> call = handler.get();
            if (call != null) {
                call.callAndComplete();
            }
            handled = true;
        } finally {
            if (handled) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        }
    }

    private BookingPlaced placed(String total) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new BookingPlaced(UUID.randomUUID(), booking, new ListingId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), stay(), Money.of(total, "EUR"), now.plusSeconds(1800), null, now);
    }

    private BookingConfirmed confirmed(String total, String hostPayout) {
        List<PriceLine> lines = List.of(
                new PriceLine(PriceLineKind.ACCOMMODATION, "3 nights", Money.of("300.00", "EUR")),
                new PriceLine(PriceLineKind.CLEANING_FEE, "Cleaning", Money.of("50.00", "EUR")),
                new PriceLine(PriceLineKind.GUEST_SERVICE_FEE, "Service fee", Money.of("49.00", "EUR")),
                new PriceLine(PriceLineKind.TAXES, "Taxes", Money.of("35.00", "EUR")),
                new PriceLine(PriceLineKind.HOST_SERVICE_FEE, "Host service fee", Money.of("10.50", "EUR")));
        return new BookingConfirmed(UUID.randomUUID(), booking, new ListingId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), stay(), Money.of(total, "EUR"), Money.of(hostPayout, "EUR"), lines, Instant.now());
    }

    private static DateRange stay() {
        LocalDate checkIn = LocalDate.now().plusDays(30);
        return new DateRange(checkIn, checkIn.plusDays(3));
    }
}
