package dev.staybook.payments.internal.gateway;

import dev.staybook.payments.internal.domain.AccountState;
import java.net.URI;
import java.util.UUID;

/**
 * A gateway's accounts for hosts, where payouts are sent (Stripe Connect's connected accounts). The host
 * finishes onboarding on the gateway's own pages; the gateway then reports the account's state by
 * webhook ({@code account.updated}). Technical failures are {@link GatewayUnavailable}, as for payments.
 */
public interface ConnectedAccounts {

    /** The gateway's name, as stored with payments ({@link PaymentGateway#name()}). */
    String gateway();

    /** Opens an account for the host; repeating the call with the same key returns the same account. */
    AccountState open(UUID hostId, String country, String idempotencyKey);

    /** A fresh single-use link to the gateway's onboarding pages; they send the host back to {@code returnUrl}. */
    URI onboardingLink(String accountId, URI refreshUrl, URI returnUrl);
}
