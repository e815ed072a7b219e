package dev.staybook.payments.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.payments.internal.persistence.PayoutQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/payouts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Payments")
public class PayoutResource {

    @Inject
    PayoutQueries payouts;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listPayouts",
            summary = "Own payouts", description = "Hosts only: what each nightly payout run paid them (or tried to: a refused "
            + "transfer shows its failure and its next attempt), newest first; and, on every page, what they are owed that no "
            + "payout has taken yet and what it waits for (PAYOUT_ACCOUNT: onboarding; NEXT_RUN: the next payout run).")
    @APIResponse(responseCode = "200", description = "A page of payouts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PayoutPage list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                           @QueryParam("cursor") String cursor) {
        Caller host = currentUser.require().requireRole(Role.HOST);
        PayoutCursor after = PayoutCursor.decode(cursor);
        List<PayoutQueries.PayoutView> found = payouts.ofHost(host.id().value(), after.createdAt(), after.id(), limit + 1);
        return new PayoutPage(found.stream().limit(limit).toList(), PayoutCursor.next(found, limit), payouts.waiting(host.id().value()));
    }

    /** A page of a host's payouts, with what they are owed and not yet paid. */
    @Schema(requiredProperties = {"items", "waiting"})
    public record PayoutPage(List<PayoutQueries.PayoutView> items, String nextCursor, List<PayoutQueries.WaitingBalance> waiting) {
    }
}
