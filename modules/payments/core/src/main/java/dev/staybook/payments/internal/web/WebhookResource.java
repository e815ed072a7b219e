package dev.staybook.payments.internal.web;

import dev.staybook.payments.internal.application.WebhookReceiver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/payments/webhooks/{provider}")
@ApplicationScoped
@Tag(name = "Payments")
public class WebhookResource {

    @Inject
    WebhookReceiver receiver;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receivePaymentWebhook",
            summary = "Gateway callback", description = "Signed with the Stripe-Signature header (stripe, or the simulated "
            + "provider). Unsigned, badly signed or stale calls are refused with 400 and change nothing; repeats are ignored.")
    @APIResponse(responseCode = "200", description = "Received")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Received receive(@PathParam("provider") String provider, @HeaderParam("Stripe-Signature") String signature,
                            String payload) {
        return new Received(receiver.receive(provider, payload, signature).name().toLowerCase());
    }

    /** The acknowledgement the gateway gets. */
    @Schema(requiredProperties = "result")
    public record Received(@Schema(enumeration = {"applied", "duplicate", "ignored"}) String result) {
    }
}
