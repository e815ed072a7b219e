package dev.staybook.payments.internal.gateway;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import dev.staybook.payments.internal.domain.AccountState;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Stripe Connect Express accounts: Stripe hosts the onboarding pages and the host's dashboard, and the
 * platform sends transfers to the account. The account is created with the transfers capability, which
 * is what payouts need. Creation carries our idempotency key; account links are fresh each time.
 */
public class StripeConnect implements ConnectedAccounts {

    private final StripeClient stripe;

    public StripeConnect(StripeClient stripe) {
        this.stripe = stripe;
    }

    @Override
    public String gateway() {
        return StripeGateway.NAME;
    }

    @Override
    public AccountState open(UUID hostId, String country, String idempotencyKey) {
        AccountCreateParams.Builder params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build()).build())
                .putMetadata("staybook_host_id", hostId.toString());
        if (country != null) {
            params.setCountry(country);
        }
        try {
            Account account = stripe.accounts().create(params.build(), RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return new AccountState(account.getId(), Boolean.TRUE.equals(account.getPayoutsEnabled()),
                    Boolean.TRUE.equals(account.getChargesEnabled()),
                    account.getRequirements() == null ? List.of() : account.getRequirements().getCurrentlyDue());
        } catch (StripeException e) {
            throw new GatewayUnavailable("Stripe could not open a connected account", e);
        }
    }

    @Override
    public URI onboardingLink(String accountId, URI refreshUrl, URI returnUrl) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder().setAccount(accountId)
                .setRefreshUrl(refreshUrl.toString()).setReturnUrl(returnUrl.toString())
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).build();
        try {
            return URI.create(stripe.accountLinks().create(params).getUrl());
        } catch (StripeException e) {
            throw new GatewayUnavailable("Stripe could not make an onboarding link for " + accountId, e);
        }
    }
}
