package dev.staybook.payments.internal.application;

import dev.staybook.payments.internal.gateway.ConnectedAccounts;
import dev.staybook.payments.internal.domain.AccountState;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.persistence.PayoutAccountStore;
import dev.staybook.payments.internal.persistence.PayoutAccountStore.StoredAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Hosts' payout accounts. A host has one account per gateway, at the gateway that holds the host's money
 * (the gateway of their latest payment, or the one new payments use): that is where payouts are sent
 * from. Opening is safe to repeat: the gateway account is created once per host (idempotency key), and
 * each call returns a fresh onboarding link. Whether the account may receive payouts is what the gateway
 * says, at creation and then by webhook.
 */
@ApplicationScoped
@Transactional
public class PayoutAccounts {

    @Inject
    PayoutAccountStore store;
    @Inject
    Gateways gateways;
    @Inject
    Instance<ConnectedAccounts> connects;
    @Inject
    Clock clock;

    /** An account and, when just asked for, a link to the gateway's onboarding pages. */
    public record Onboarding(StoredAccount account, URI onboardingLink) {
    }

    public Onboarding open(UUID hostId, String country, URI refreshUrl, URI returnUrl) {
        String gateway = gatewayOf(hostId);
        ConnectedAccounts connect = connectOf(gateway);
        if (store.find(hostId, gateway).isEmpty()) {
            AccountState opened = connect.open(hostId, country, "payout-account-" + hostId + "-" + gateway);
            store.add(hostId, gateway, opened, clock.instant());
        }
        StoredAccount account = store.find(hostId, gateway).orElseThrow();
        return new Onboarding(account, connect.onboardingLink(account.accountId(), refreshUrl, returnUrl));
    }

    public Optional<StoredAccount> of(UUID hostId) {
        return store.find(hostId, gatewayOf(hostId));
    }

    /** What the gateway reported of one of its accounts; false if it is no host's. */
    public boolean reported(String gateway, AccountState state) {
        return store.update(gateway, state, clock.instant());
    }

    private String gatewayOf(UUID hostId) {
        return store.latestGatewayOf(hostId).orElseGet(() -> gateways.forNewPayments().name());
    }

    private ConnectedAccounts connectOf(String gateway) {
        return connects.stream().filter(c -> c.gateway().equals(gateway)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no connected accounts at gateway " + gateway));
    }
}
