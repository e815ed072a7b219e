package dev.staybook.payments.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.payments.internal.domain.PayoutStatus;
import dev.staybook.payments.internal.persistence.PayoutQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminPayoutResource {

    @Inject
    PayoutQueries payouts;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listPayoutsByState", summary = "Payouts of one state",
            description = "Administrators only. ATTENTION (the default): payouts whose transfers the gateway refused every "
                    + "time, waiting for a person; FAILED: refused, waiting for their next attempt; also PENDING and PAID. "
                    + "Newest first, with attempts and the last failure.")
    @APIResponse(responseCode = "200", description = "A page of payouts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<PayoutQueries.PayoutView> list(@QueryParam("state") @DefaultValue("attention") String state,
                                               @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                               @QueryParam("cursor") String cursor) {
        currentUser.require().requireRole(Role.ADMIN);
        PayoutStatus status = status(state);
        PayoutCursor after = PayoutCursor.decode(cursor);
        List<PayoutQueries.PayoutView> found = payouts.withStatus(status, after.createdAt(), after.id(), limit + 1);
        return new Page<>(found.stream().limit(limit).toList(), PayoutCursor.next(found, limit));
    }

    private static PayoutStatus status(String state) {
        try {
            return PayoutStatus.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.field("state", "must be one of " + Arrays.toString(PayoutStatus.values()).toLowerCase(Locale.ROOT));
        }
    }
}
