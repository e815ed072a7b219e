package dev.staybook.payments.internal.ledger;

import dev.staybook.kernel.Money;
import java.util.Objects;

/** One line of a ledger transaction: a positive amount on one side of one account. */
public record Entry(Account account, Side side, Money amount) {

    public Entry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("ledger amounts are positive: " + amount);
        }
    }
}
