package dev.staybook.payments.internal.web;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
import dev.staybook.kernel.input.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A refund support gives: how much (in the booking's currency) and why, in words the guest reads. */
public record SupportRefundRequest(@NotNull @Valid RefundAmount amount, @NotBlank @Size(max = 500) String reason) {

    /** Money as clients write it: {"amount": "25.00", "currency": "EUR"}. */
    public record RefundAmount(@NotNull String amount, @NotNull String currency) {
    }

    /** The amount, positive and with no more decimals than its currency has, or a 400 naming the field. */
    Money money() {
        Money money = MoneyInput.money("amount", amount.amount(), amount.currency());
        if (money.isZero()) {
            throw InvalidInput.field("amount.amount", "must be positive, " + MoneyInput.AMOUNT_RULE);
        }
        return money;
    }

    String checkedReason() {
        if (!FreeText.isMultiLine(reason)) {
            throw InvalidInput.field("reason", FreeText.multiLineMessage());
        }
        return reason.strip();
    }

    /** A digest of the request, to tell a retry from a different request under one Idempotency-Key. */
    String fingerprint() {
        Money money = money();
        String canonical = String.join("\u001f", money.amount().toPlainString(), money.currency().getCurrencyCode(), checkedReason());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
