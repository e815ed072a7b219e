package dev.staybook.payments.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.ServiceUnavailable;
import dev.staybook.kernel.input.IdempotencyKeyInput;
import dev.staybook.payments.internal.application.SupportRefunds;
import dev.staybook.payments.internal.gateway.GatewayUnavailable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/bookings/{id}/refunds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminRefundResource {

    private static final Duration GATEWAY_RETRY = Duration.ofSeconds(30);

    @Context
    UriInfo uriInfo;
    @Inject
    SupportRefunds refunds;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refundBookingBySupport", summary = "Refund a guest (support)",
            description = "Gives the guest part or all of what remains captured, in the booking's currency, through the gateway the "
                    + "guest paid with; the guest is mailed the amount and the reason. The host's share shrinks in proportion "
                    + "(if it was paid out, the host owes it back). Requires an Idempotency-Key: the same key and body return "
                    + "the first refund (Idempotent-Replayed: true) and move no money again.")
    @APIResponse(responseCode = "201", description = "The refund (status SUCCEEDED, or FAILED with the gateway's reason); Location is "
                    + "the booking's payment, which lists it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportRefundResponse.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "Idempotent-Replayed", ref = "IdempotentReplayed")})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response refund(@PathParam("id") String id, @Valid @NotNull SupportRefundRequest body,
                           @Parameter(description = "The client's key for this refund, 1 to 255 visible ASCII characters", required = true)
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller admin = currentUser.require().requireRole(Role.ADMIN);
        IdempotencyKeyInput.required("Idempotency-Key", idempotencyKey);
        SupportRefunds.Request request = new SupportRefunds.Request(body.money(), body.checkedReason(), idempotencyKey, body.fingerprint());
        SupportRefunds.Given given;
        try {
            // the payment's lock orders requests about one booking: a repeated key always finds the first request's refund
            given = refunds.refund(admin.id(), bookingId(id), request);
        } catch (GatewayUnavailable unreachable) {
            // nothing was recorded; the gateway call's key is derived from this request's, so repeating it is safe
            throw new ServiceUnavailable("gateway-unavailable", "The payment gateway could not be reached. Nothing was "
                    + "recorded; repeat the request with the same Idempotency-Key.", GATEWAY_RETRY);
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("bookings").path(bookingId(id).toString()).path("payments").build())
                .header("Idempotent-Replayed", given.replayed() ? "true" : null)
                .entity(SupportRefundResponse.of(given.refund())).build();
    }

    private static UUID bookingId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("payment-not-found", "There is no payment for this booking.");
        }
    }
}
