package dev.staybook.payments.internal.gateway;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.domain.GatewayOutcome;

/**
 * A payment service provider. Every call carries an idempotency key: repeating a call with the same key
 * (after a timeout or a crash) returns the first call's outcome and never moves money twice. A declined
 * payment is an outcome ({@link GatewayOutcome.Status#FAILED}); a technical failure (the gateway cannot be
 * reached) is an exception, and the caller retries with the same key.
 */
public interface PaymentGateway {

    /** The name stored with each payment, so that it is always completed by the gateway that started it. */
    String name();

    /** Holds the amount on the guest's payment method without taking it (manual capture). */
    GatewayOutcome authorize(String paymentDescription, Money amount, String idempotencyKey);

    /** Takes the authorized amount. */
    GatewayOutcome capture(String reference, Money amount, String idempotencyKey);

    /** Releases an authorization that will not be captured. */
    GatewayOutcome voidAuthorization(String reference, String idempotencyKey);

    /** Gives part or all of a captured amount back. */
    GatewayOutcome refund(String reference, Money amount, String idempotencyKey);

    /** Pays a host. */
    GatewayOutcome payout(String hostReference, Money amount, String idempotencyKey);

    /** What the gateway holds for a payment (captured and refunded totals), for reconciliation. */
    GatewayRecord lookup(String reference);

    /** A payment as the gateway sees it. */
    record GatewayRecord(String reference, Money captured, Money refunded) {
    }
}
