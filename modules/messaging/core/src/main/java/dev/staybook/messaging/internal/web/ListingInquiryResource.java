package dev.staybook.messaging.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.listings.api.ListingId;
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

@Path("/listings/{id}/inquiries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Messaging")
public class ListingInquiryResource {

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
    @Operation(operationId = "sendInquiry", summary = "Ask the host about a listing before booking",
            description = "Starts the caller's inquiry conversation with the host of a published listing, or adds to it. "
                    + "Hosts cannot inquire about their own listing.")
    @APIResponse(responseCode = "201", description = "The message; Location is its conversation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageResponse.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response inquire(@PathParam("id") String id, @Valid @NotNull SendMessageRequest body) {
        ListingId listing = new ListingId(MessagingPaging.id(id, "listing-not-found", "listing"));
        MessagingService.Sent sent = messaging.inquiry(currentUser.require(), listing, new MessageText(body.text()),
                request.getRemoteAddr());
        return Response.created(uriInfo.getBaseUriBuilder().path("conversations").path(sent.conversation().id().toString()).build())
                .entity(MessageResponse.of(sent.message())).build();
    }
}
