package dev.staybook.payments.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
            summary = "Own payouts", description = "Hosts only: what each nightly payout run paid them, newest first.")
    @APIResponse(responseCode = "200", description = "A page of payouts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<PayoutQueries.PayoutView> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                              @QueryParam("cursor") String cursor) {
        Caller host = currentUser.require().requireRole(Role.HOST);
        Instant afterCreated = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                afterCreated = Instant.parse(parts.get(0));
                afterId = UUID.fromString(parts.get(1));
            } catch (DateTimeParseException | IllegalArgumentException tampered) {
                throw InvalidInput.field("cursor", "is not a cursor this list returned");
            }
        }
        List<PayoutQueries.PayoutView> found = payouts.page(host.id().value(), afterCreated, afterId, limit + 1);
        String next = found.size() > limit
                ? Cursor.encode(found.get(limit - 1).createdAt().toString(), found.get(limit - 1).id().toString()) : null;
        return new Page<>(found.stream().limit(limit).toList(), next);
    }
}
