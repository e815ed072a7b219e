package dev.staybook.payments.internal.domain;

import dev.staybook.kernel.Money;

/** How an amount taken back from a payment splits: the host's share, the taxes, the platform's fees. */
public record Shares(Money host, Money taxes, Money platform) {

    public Shares {
        if (host.isNegative() || taxes.isNegative() || platform.isNegative()) {
            throw new IllegalArgumentException("shares are never negative: " + host + ", " + taxes + ", " + platform);
        }
    }

    public Money total() {
        return host.plus(taxes).plus(platform);
    }
}
