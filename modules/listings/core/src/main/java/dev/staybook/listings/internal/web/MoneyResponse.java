package dev.staybook.listings.internal.web;

import dev.staybook.kernel.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money on the wire: the amount as a decimal string at the currency's scale, and the ISO currency code. */
@Schema(requiredProperties = {"amount", "currency"})
public record MoneyResponse(String amount, String currency) {

    static MoneyResponse of(Money money) {
        return money == null ? null : new MoneyResponse(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
