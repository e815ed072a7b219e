package dev.staybook.payments.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import dev.staybook.outbox.EventJson;
import dev.staybook.outbox.Outbox;
import dev.staybook.outbox.RemoteCall;
import dev.staybook.payments.api.event.CancellationRefunded;
import dev.staybook.payments.internal.domain.CaptureRetryPolicy;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentRepository;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.gateway.PaymentGateway;
import dev.staybook.payments.internal.ledger.Ledger;
import dev.staybook.payments.internal.ledger.Posting;
import dev.staybook.payments.internal.persistence.OwedShares;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A cancellation's refund counts the support refunds made before payments handles it, even those made after bookings
 * computed it, and announces what it actually gave back (CancellationRefunded), so the booking can show that.
 */
class PaymentProcessingCancellationTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    private static final DateRange STAY = new DateRange(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-04"));

    private final Payment payment = captured("527.00");
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final List<Money> refundsAsked = new ArrayList<>();
    private final PaymentProcessing processing = processing();

    @Test
    void aSupportRefundMadeAfterTheCancellationWasComputedIsCountedAndTheActualRefundAnnounced() {
        supportRefunded("300.00");

        RemoteCall<?> refund = processing.cancelled(cancelled("527.00"));
        refund.callAndComplete();

        assertEquals(List.of(eur("227.00")), refundsAsked);
        assertEquals(eur("527.00"), payment.refunded());
        assertEquals(List.of(eur("227.00")), announcedRefunds());
    }

    @Test
    void aCancellationSupportRefundedEntirelyAnnouncesThatItGaveNothingBack() {
        supportRefunded("527.00");

        assertNull(processing.cancelled(cancelled("527.00")));

        assertEquals(List.of(), refundsAsked);
        assertEquals(List.of(eur("0.00")), announcedRefunds());
    }

    @Test
    void aRefundTheGatewayRefusedIsNotAnnouncedAsGiven() {
        PaymentProcessing refusing = processing(GatewayOutcome.failed(null, "charge_expired_for_refund"));

        refusing.cancelled(cancelled("527.00")).callAndComplete();

        assertEquals(eur("0.00"), payment.refunded());
        assertEquals(List.of(), announcedRefunds());
    }

    @Test
    void theAnnouncementSurvivesTheOutboxsStoredForm() {
        CancellationRefunded event = new CancellationRefunded(UUID.randomUUID(), new BookingId(UUID.randomUUID()), eur("227.00"), NOW);
        assertEquals(event, EventJson.read(EventJson.write(event), CancellationRefunded.class));
    }

    private List<Money> announcedRefunds() {
        return published.stream().filter(CancellationRefunded.class::isInstance).map(CancellationRefunded.class::cast)
                .map(CancellationRefunded::amount).toList();
    }

    private void supportRefunded(String amount) {
        Money refund = eur(amount);
        payment.supportRefundRequested(GatewayOutcome.succeeded("re_support"), "support-refund-1", refund,
                payment.sharesOf(refund).host(), NOW);
    }

    /** A flexible cancellation's full refund of the whole stay, the host keeping nothing. */
    private BookingCancelled cancelled(String guestRefund) {
        List<PriceLine> lines = List.of(new PriceLine(PriceLineKind.ACCOMMODATION, "3 nights", eur("477.00")),
                new PriceLine(PriceLineKind.TAXES, "Taxes", eur("50.00")));
        return new BookingCancelled(UUID.randomUUID(), new BookingId(payment.bookingId()), new ListingId(UUID.randomUUID()),
                new UserId(payment.guestId()), new UserId(payment.hostId()), STAY, Party.GUEST, true, eur(guestRefund), lines,
                eur("0.00"), NOW);
    }

    private static Payment captured(String amount) {
        Payment payment = Payment.forBooking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                eur(amount), "fake", NOW);
        payment.authorizationRequested(GatewayOutcome.succeeded("pi_1"), "authorize-1", NOW);
        payment.captureRequested(GatewayOutcome.succeeded("pi_1"), payment.nextCaptureKey(), eur("420.00"), eur("50.00"),
                new CaptureRetryPolicy(2, Duration.ofMinutes(20)), NOW);
        return payment;
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private PaymentProcessing processing() {
        return processing(GatewayOutcome.succeeded("re_cancellation"));
    }

    private PaymentProcessing processing(GatewayOutcome refundOutcome) {
        PaymentProcessing processing = new PaymentProcessing();
        processing.payments = new OnePayment(payment);
        processing.gateways = new Gateways() {
            @Override
            public PaymentGateway named(String name) {
                return new RefundingGateway(refundOutcome, refundsAsked);
            }
        };
        processing.ledger = new Ledger() {
            @Override
            public void post(Posting posting) {
                // the postings have tests of their own
            }
        };
        processing.owedShares = new OwedShares() {
            @Override
            public void owe(Payment owed) {
                // payable from the stay's end: not this test's concern
            }
        };
        processing.outbox = new Outbox() {
            @Override
            public void publish(IntegrationEvent event) {
                published.add(event);
            }
        };
        processing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return processing;
    }

    private record OnePayment(Payment payment) implements PaymentRepository {
        @Override
        public Optional<Payment> findByBooking(UUID bookingId) {
            return Optional.of(payment).filter(p -> p.bookingId().equals(bookingId));
        }

        @Override
        public Optional<Payment> findByBookingForUpdate(UUID bookingId) {
            return findByBooking(bookingId);
        }

        @Override
        public Optional<Payment> findByGatewayReferenceForUpdate(String gateway, String reference) {
            return Optional.empty();
        }

        @Override
        public void add(Payment added) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Payment> lockCapturesDue(Instant now, int limit) {
            return List.of();
        }
    }

    /** Answers refunds as told and records what was asked; nothing else is called when a booking is cancelled. */
    private record RefundingGateway(GatewayOutcome refundOutcome, List<Money> refundsAsked) implements PaymentGateway {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public GatewayOutcome refund(String reference, Money amount, String idempotencyKey) {
            refundsAsked.add(amount);
            return refundOutcome;
        }

        @Override
        public GatewayOutcome authorize(String paymentDescription, Money amount, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayOutcome capture(String reference, Money amount, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayOutcome voidAuthorization(String reference, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayOutcome payout(String hostReference, Money amount, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayRecord lookup(String reference) {
            throw new UnsupportedOperationException();
        }
    }
}
