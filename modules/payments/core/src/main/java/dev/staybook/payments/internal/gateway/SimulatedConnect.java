package dev.staybook.payments.internal.gateway;

import dev.staybook.payments.internal.domain.AccountState;
import dev.staybook.payments.internal.persistence.PayoutAccountStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated gateway's host accounts. It has no onboarding pages: its link is the host's return URL,
 * and the account can receive payouts at once. Except when the host is already owed more than
 * {@code staybook.payments.simulated.account-review-above} (in any currency): then the account waits,
 * as Stripe's do while it verifies a host, until a signed {@code account.updated} webhook of provider
 * {@code simulated} enables it. The account id is derived from the host, so opening it twice is harmless.
 */
@ApplicationScoped
public class SimulatedConnect implements ConnectedAccounts {

    static final String REVIEW = "simulated.review";

    @Inject
    PayoutAccountStore accounts;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.account-review-above")
    Optional<BigDecimal> reviewAbove;

    @Override
    public String gateway() {
        return SimulatedGateway.NAME;
    }

    @Override
    public AccountState open(UUID hostId, String country, String idempotencyKey) {
        String id = "sim_acct_" + hostId.toString().replace("-", "");
        boolean review = reviewAbove.filter(limit -> accounts.largestOwed(hostId, SimulatedGateway.NAME).compareTo(limit) > 0).isPresent();
        return review ? new AccountState(id, false, false, List.of(REVIEW)) : new AccountState(id, true, true, List.of());
    }

    @Override
    public URI onboardingLink(String accountId, URI refreshUrl, URI returnUrl) {
        return returnUrl;
    }
}
