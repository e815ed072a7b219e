package dev.staybook.payments.internal.application;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import dev.staybook.outbox.Outbox;
import dev.staybook.outbox.RemoteCall;
import dev.staybook.payments.api.event.CaptureFailed;
import dev.staybook.payments.internal.domain.CaptureResult;
import dev.staybook.payments.internal.domain.CaptureRetryPolicy;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.gateway.PaymentGateway;
import dev.staybook.payments.internal.ledger.Ledger;
import dev.staybook.payments.internal.ledger.Postings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One capture attempt, the first (the booking was confirmed) or a retry (CaptureRetries): the gateway call
 * under the attempt's own idempotency key, the payment's record of it, and what follows in the same
 * transaction: the ledger posting when the money is taken, CaptureFailed when the last attempt was refused.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaptureAttempts {

    private static final Logger LOG = Logger.getLogger(CaptureAttempts.class.getName());

    @Inject
    Gateways gateways;
    @Inject
    Ledger ledger;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "staybook.payments.capture-retries", defaultValue = "2")
    int retries;
    @Inject
    @ConfigProperty(name = "staybook.payments.capture-retry-interval", defaultValue = "PT20M")
    Duration retryInterval;

    private CaptureRetryPolicy policy;

    @PostConstruct
    void checkSettings() {
        policy = new CaptureRetryPolicy(retries, retryInterval); // a bad setting fails the start, not the first refusal
    }

    /**
     * The gateway call that captures the payment's whole amount, of which the host is owed {@code hostPayout} and
     * {@code taxes} are taxes, and what its answer does to the payment.
     */
    public RemoteCall<GatewayOutcome> attempt(Payment payment, Money hostPayout, Money taxes, Instant now) {
        String key = payment.nextCaptureKey();
        PaymentGateway gateway = gateways.named(payment.gateway());
        String reference = payment.gatewayReference();
        Money amount = payment.amount();
        return RemoteCall.of(() -> gateway.capture(reference, amount, key),
                outcome -> record(payment, outcome, key, hostPayout, taxes, now));
    }

    private void record(Payment payment, GatewayOutcome outcome, String key, Money hostPayout, Money taxes, Instant now) {
        CaptureResult result = payment.captureRequested(outcome, key, hostPayout, taxes, policy, now);
        switch (result) {
            case CAPTURED -> ledger.post(Postings.capture(UuidV7.generate(now), payment.bookingId(), payment.amount(), hostPayout, taxes));
            case RETRY_SCHEDULED -> LOG.info(() -> "The capture of booking %s was refused (%s); attempt %d is due at %s"
                    .formatted(payment.bookingId(), payment.failureReason(), payment.captureAttempts() + 1, payment.nextCaptureAt()));
            case GAVE_UP -> outbox.publish(new CaptureFailed(UuidV7.generate(now), new BookingId(payment.bookingId()),
                    payment.failureReason(), payment.captureAttempts(), now));
        }
    }
}
