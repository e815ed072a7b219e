package dev.staybook.payments.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.ServiceUnavailable;
import dev.staybook.payments.internal.application.PayoutAccounts;
import dev.staybook.payments.internal.gateway.GatewayUnavailable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in host's payout account: hosts only, and only their own (there is no path to anyone else's). */
@Path("/users/me/payout-account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Payments")
public class PayoutAccountResource {

    private static final Duration GATEWAY_RETRY = Duration.ofSeconds(30);

    @Inject
    PayoutAccounts accounts;
    @Inject
    CurrentUser currentUser;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startPayoutOnboarding", summary = "Start or resume payout onboarding",
            description = "Hosts only. Opens the host's account at the payment gateway the first time (a Stripe Connect "
                    + "Express account, or a simulated one) and returns a fresh single-use link to the gateway's onboarding "
                    + "pages each time. Payouts start with the first payout run after the gateway enables the account.")
    @APIResponse(responseCode = "200", description = "The account, with its onboarding link")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public PayoutAccountResponse start(PayoutAccountRequest request) {
        Caller host = currentUser.require().requireRole(Role.HOST);
        PayoutAccountRequest.Checked checked = PayoutAccountRequest.check(request);
        PayoutAccounts.Onboarding onboarding;
        try {
            onboarding = accounts.open(host.id().value(), checked.country(), checked.refreshUrl(), checked.returnUrl());
        } catch (GatewayUnavailable unreachable) {
            // the account is opened under a key derived from the host, so repeating the request opens it once
            throw new ServiceUnavailable("gateway-unavailable", "The payment gateway could not be reached. Try again later: "
                    + "repeating the request is safe.", GATEWAY_RETRY);
        }
        return PayoutAccountResponse.of(onboarding.account(), onboarding.onboardingLink());
    }

    @GET
    @Operation(operationId = "getPayoutAccount", summary = "Own payout account",
            description = "Hosts only: whether payouts can be sent to the account and what the gateway still needs.")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PayoutAccountResponse get() {
        Caller host = currentUser.require().requireRole(Role.HOST);
        return accounts.of(host.id().value()).map(account -> PayoutAccountResponse.of(account, null))
                .orElseThrow(() -> new NotFound("payout-account-not-found", "You have no payout account yet: PUT one to start onboarding."));
    }
}
