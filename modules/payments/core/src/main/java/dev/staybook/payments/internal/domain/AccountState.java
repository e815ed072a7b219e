package dev.staybook.payments.internal.domain;

import java.util.List;

/**
 * What a gateway says of a host's payout account: may it receive payouts, and what it still needs from
 * the host (Stripe's {@code requirements.currently_due}).
 */
public record AccountState(String accountId, boolean payoutsEnabled, boolean chargesEnabled, List<String> requirements) {

    public AccountState {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
