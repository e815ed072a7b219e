package dev.staybook.payments.internal.gateway;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.input.AcceptedCurrencies;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Stripe through the official SDK: a PaymentIntent with manual capture per booking (the guest confirms it
 * in the client with its client secret; the webhook reports the authorization), capture, cancel to void,
 * refunds, and Connect transfers for payouts. Every request carries our idempotency key. A card
 * decline or an invalid request is an outcome; a network or Stripe server failure is an exception, and
 * the caller retries with the same key.
 */
public class StripeGateway implements PaymentGateway {

    public static final String NAME = "stripe";

    private final StripeClient stripe;

    public StripeGateway(StripeClient stripe) {
        this.stripe = stripe;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayOutcome authorize(String description, Money amount, String key) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(minorUnits(amount))
                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setDescription(description)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
                .build();
        return call(() -> {
            PaymentIntent intent = stripe.paymentIntents().create(params, options(key));
            return switch (intent.getStatus()) {
                case "requires_capture" -> GatewayOutcome.succeeded(intent.getId());
                case "canceled" -> GatewayOutcome.failed(intent.getId(), "canceled");
                default -> GatewayOutcome.actionRequired(intent.getId(), intent.getClientSecret());
            };
        });
    }

    @Override
    public GatewayOutcome capture(String reference, Money amount, String key) {
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder().setAmountToCapture(minorUnits(amount)).build();
        return call(() -> succeededIf(stripe.paymentIntents().capture(reference, params, options(key)), "succeeded"));
    }

    @Override
    public GatewayOutcome voidAuthorization(String reference, String key) {
        PaymentIntentCancelParams params = PaymentIntentCancelParams.builder().build();
        return call(() -> succeededIf(stripe.paymentIntents().cancel(reference, params, options(key)), "canceled"));
    }

    @Override
    public GatewayOutcome refund(String reference, Money amount, String key) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(reference).setAmount(minorUnits(amount)).build();
        return call(() -> {
            var refund = stripe.refunds().create(params, options(key));
            return "failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())
                    ? GatewayOutcome.failed(refund.getId(), refund.getFailureReason())
                    : GatewayOutcome.succeeded(refund.getId());
        });
    }

    @Override
    public GatewayOutcome payout(String hostAccount, Money amount, String key) {
        TransferCreateParams params = TransferCreateParams.builder().setAmount(minorUnits(amount))
                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT)).setDestination(hostAccount).build();
        return call(() -> GatewayOutcome.succeeded(stripe.transfers().create(params, options(key)).getId()));
    }

    @Override
    public GatewayRecord lookup(String reference) {
        try {
            PaymentIntent intent = stripe.paymentIntents().retrieve(reference,
                    PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build()); // the client's options: its API base
            Currency currency = Currency.getInstance(intent.getCurrency().toUpperCase(Locale.ROOT));
            long refunded = intent.getLatestChargeObject() == null ? 0 : intent.getLatestChargeObject().getAmountRefunded();
            return new GatewayRecord(reference, money(intent.getAmountReceived(), currency), money(refunded, currency));
        } catch (StripeException e) {
            throw new GatewayUnavailable("Stripe lookup of " + reference + " failed", e);
        }
    }

    private static GatewayOutcome succeededIf(PaymentIntent intent, String expectedStatus) {
        return expectedStatus.equals(intent.getStatus()) ? GatewayOutcome.succeeded(intent.getId())
                : GatewayOutcome.failed(intent.getId(), "unexpected status " + intent.getStatus());
    }

    private static GatewayOutcome call(StripeCall call) {
        try {
            return call.run();
        } catch (CardException declined) {
            return GatewayOutcome.failed(null, declined.getDeclineCode() != null ? declined.getDeclineCode() : declined.getCode());
        } catch (InvalidRequestException refused) {
            return GatewayOutcome.failed(null, refused.getCode() != null ? refused.getCode() : refused.getMessage());
        } catch (ApiConnectionException | com.stripe.exception.ApiException | com.stripe.exception.IdempotencyException
                 | com.stripe.exception.RateLimitException transientFailure) {
            throw new GatewayUnavailable("Stripe is unavailable", transientFailure);
        } catch (StripeException other) {
            throw new GatewayUnavailable("Stripe call failed", other);
        }
    }

    private static RequestOptions options(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** Stripe's minor units, which differ from Java's currency digits for some currencies (ISK: Java 0, Stripe 2). */
    static long minorUnits(Money amount) {
        return amount.amount().movePointRight(AcceptedCurrencies.gatewayDigits(amount.currency())).longValueExact();
    }

    static Money money(Long minorUnits, Currency currency) {
        BigDecimal amount = BigDecimal.valueOf(minorUnits == null ? 0 : minorUnits, AcceptedCurrencies.gatewayDigits(currency));
        return Money.rounded(amount, currency);
    }

    /** One SDK call. */
    @FunctionalInterface
    private interface StripeCall {
        GatewayOutcome run() throws StripeException;
    }
}
