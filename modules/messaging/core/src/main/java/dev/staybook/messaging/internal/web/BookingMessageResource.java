package dev.staybook.messaging.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.messaging.internal.application.MessagingService;
import dev.staybook.messaging.internal.domain.MessageText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/bookings/{id}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Messaging")
public class BookingMessageResource {

    @Inject
    MessagingService messaging;
    @Inject
    CurrentUser currentUser;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendBookingMessage", summary = "Message the other side of a booking",
            description = "Its guest or host; the booking's conversation starts with its first message. Once the other "
                    + "party has deleted their account, 409 account-closed.")
    @APIResponse(responseCode = "201", description = "The message; Location is its conversation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageResponse.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response send(@PathParam("id") String id, @Valid @NotNull SendMessageRequest body) {
        MessagingService.Sent sent = messaging.aboutBooking(currentUser.require(),
                MessagingPaging.id(id, "booking-not-found", "booking"), new MessageText(body.text()), request.getRemoteAddr());
        return Response.created(uriInfo.getBaseUriBuilder().path("conversations").path(sent.conversation().id().toString()).build())
                .entity(MessageResponse.of(sent.message())).build();
    }
}
