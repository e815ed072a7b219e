package dev.staybook.payments.internal.application;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.AcceptedCurrencies;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * A Stripe dispute object ({@code charge.dispute.*} events, the simulated gateway sends the same): its id, the
 * payment intent it is about (none for a charge made without one: not a Staybook payment), the disputed amount in minor units and, once closed, its status ("won", "lost",
 * "warning_closed", ...).
 */
record DisputeNotice(String disputeId, String paymentReference, Money amount, String reason, String status) {

    /** What payments.disputes keeps; Stripe's reasons are short words ("fraudulent", "product_not_received"). */
    private static final int MAX_REASON = 255;

    boolean lost() {
        return "lost".equals(status);
    }

    static DisputeNotice of(JsonObject dispute) {
        try {
            Currency currency = AcceptedCurrencies.find(dispute.getString("currency").toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> InvalidInput.field("body", "names a currency Staybook does not accept"));
            long minorUnits = ((JsonNumber) dispute.get("amount")).longValueExact();
            Money amount = Money.rounded(BigDecimal.valueOf(minorUnits, AcceptedCurrencies.gatewayDigits(currency)), currency);
            if (amount.isNegative() || amount.isZero()) {
                throw InvalidInput.field("body", "disputes a positive amount");
            }
            String reason = dispute.getString("reason", null);
            if (reason != null && reason.length() > MAX_REASON) {
                throw InvalidInput.field("body", "gives a dispute reason longer than " + MAX_REASON + " characters");
            }
            return new DisputeNotice(dispute.getString("id"), dispute.getString("payment_intent", null), amount,
                    reason, dispute.getString("status", null));
        } catch (ClassCastException | NullPointerException | ArithmeticException malformed) {
            throw InvalidInput.field("body", "is not a dispute");
        }
    }
}
