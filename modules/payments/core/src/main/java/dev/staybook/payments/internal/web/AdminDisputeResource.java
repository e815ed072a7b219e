package dev.staybook.payments.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.payments.internal.application.DisputeQueries;
import dev.staybook.payments.internal.domain.Dispute;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminDisputeResource {

    @Inject
    DisputeQueries queries;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listOpenDisputes", summary = "Open chargebacks",
            description = "Disputes the gateway reported and has not decided, oldest first, with the host's share held meanwhile.")
    @APIResponse(responseCode = "200", description = "A page of open disputes")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<DisputeResponse> open(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                      @QueryParam("cursor") String cursor) {
        currentUser.require().requireRole(Role.ADMIN);
        Instant afterOpenedAt = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                afterOpenedAt = Cursor.instant(parts.get(0));
                afterId = UUID.fromString(parts.get(1));
            } catch (DateTimeParseException | IllegalArgumentException tampered) {
                throw InvalidInput.field("cursor", "is not a cursor this list returned");
            }
        }
        List<Dispute> found = queries.open(afterOpenedAt, afterId, limit + 1);
        String next = null;
        if (found.size() > limit) {
            Dispute last = found.get(limit - 1);
            next = Cursor.encode(last.openedAt().toString(), last.id().toString());
        }
        return new Page<>(found.stream().limit(limit).map(DisputeResponse::of).toList(), next);
    }

    /** An open dispute as support sees it. */
    @Schema(requiredProperties = {"id", "bookingId", "gatewayDisputeId", "amount", "heldFromHost", "status", "openedAt"})
    public record DisputeResponse(@Schema(format = "uuid") String id, @Schema(format = "uuid") String bookingId,
                                  String gatewayDisputeId, Money amount, Money heldFromHost, String reason,
                                  @Schema(enumeration = {"OPEN", "WON", "LOST"}) String status, Instant openedAt) {

        static DisputeResponse of(Dispute d) {
            return new DisputeResponse(d.id().toString(), d.bookingId().toString(), d.gatewayDisputeId(), d.amount(),
                    d.heldFromHost(), d.reason(), d.status().name(), d.openedAt());
        }
    }
}
