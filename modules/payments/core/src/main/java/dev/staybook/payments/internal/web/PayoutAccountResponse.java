package dev.staybook.payments.internal.web;

import dev.staybook.payments.internal.persistence.PayoutAccountStore.StoredAccount;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A host's payout account: ENABLED once the gateway lets it receive payouts, PENDING while it still needs
 * something from the host ({@code requirements}, Stripe's names). {@code onboardingUrl} only in the answer
 * to PUT: a single-use link to the gateway's pages.
 */
@Schema(requiredProperties = {"gateway", "accountId", "status", "payoutsEnabled", "chargesEnabled"})
public record PayoutAccountResponse(String gateway, String accountId,
                                    @Schema(enumeration = {"ENABLED", "PENDING"}) String status, boolean payoutsEnabled,
                                    boolean chargesEnabled, List<String> requirements, Instant enabledAt, String onboardingUrl) {

    static PayoutAccountResponse of(StoredAccount account, URI onboardingLink) {
        return new PayoutAccountResponse(account.gateway(), account.accountId(), account.payoutsEnabled() ? "ENABLED" : "PENDING",
                account.payoutsEnabled(), account.chargesEnabled(), account.requirements(), account.enabledAt(),
                onboardingLink == null ? null : onboardingLink.toString());
    }
}
