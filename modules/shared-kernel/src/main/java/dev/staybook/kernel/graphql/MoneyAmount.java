package dev.staybook.kernel.graphql;

import dev.staybook.kernel.Money;

/**
 * Money as the GraphQL API shows it: the amount as a decimal string (so that no client reads it into a
 * binary floating-point number) and the ISO currency code. A class with public fields, because Liberty's
 * MicroProfile GraphQL maps neither records nor constructor parameters.
 */
public final class MoneyAmount {

    public final String amount;
    public final String currency;

    private MoneyAmount(Money money) {
        this.amount = money.amount().toPlainString();
        this.currency = money.currency().getCurrencyCode();
    }

    public static MoneyAmount of(Money money) {
        return money == null ? null : new MoneyAmount(money);
    }
}
