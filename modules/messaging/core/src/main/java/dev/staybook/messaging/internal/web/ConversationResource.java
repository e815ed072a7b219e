package dev.staybook.messaging.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.messaging.internal.application.MessagingQueries;
import dev.staybook.messaging.internal.application.MessagingService;
import dev.staybook.messaging.internal.domain.Conversation;
import dev.staybook.messaging.internal.domain.Message;
import dev.staybook.messaging.internal.domain.MessageText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Messaging", description = "Conversations between guests and hosts, about a booking or an inquiry")
public class ConversationResource {

    @Context
    HttpServletRequest request;
    @Context
    UriInfo uriInfo;
    @Inject
    MessagingService messaging;
    @Inject
    MessagingQueries queries;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listConversations",
            summary = "Own conversations", description = "As guest or host, newest activity first, each with its unread count.")
    @APIResponse(responseCode = "200", description = "A page of conversations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Page<ConversationResponse> mine(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                           @QueryParam("cursor") String cursor) {
        Caller caller = currentUser.require();
        List<Conversation> found = queries.mine(caller, MessagingPaging.position(cursor), limit + 1);
        String next = found.size() > limit ? MessagingPaging.cursorAfter(found.get(limit - 1)) : null;
        return new Page<>(found.stream().limit(limit).map(c -> ConversationResponse.of(c, caller)).toList(), next);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConversation", summary = "A conversation and its messages",
            description = "Newest messages first; the cursor leads to older ones. Its guest and host, and administrators "
                    + "(read-only), may see it; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The conversation and a page of messages")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ConversationMessagesResponse get(@PathParam("id") String id,
                                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
                                            @QueryParam("cursor") String cursor) {
        Caller caller = currentUser.require();
        MessagingQueries.ConversationView view = queries.view(caller, conversationId(id), MessagingPaging.beforeSeq(cursor), limit + 1);
        List<Message> found = view.messages();
        String next = found.size() > limit ? Cursor.encode(String.valueOf(found.get(limit - 1).seq())) : null;
        return new ConversationMessagesResponse(ConversationResponse.of(view.conversation(), caller),
                found.stream().limit(limit).map(MessageResponse::of).toList(), next);
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendMessage",
            summary = "Send a message", description = "Its guest and host only; administrators may read but not write. Once "
                    + "the other party has deleted their account, 409 account-closed: the conversation stays readable.")
    @APIResponse(responseCode = "201", description = "The message; Location is its conversation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageResponse.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response send(@PathParam("id") String id, @Valid @NotNull SendMessageRequest body) {
        MessagingService.Sent sent = messaging.send(currentUser.require(), conversationId(id), new MessageText(body.text()),
                request.getRemoteAddr());
        return Response.created(uriInfo.getBaseUriBuilder().path("conversations").path(sent.conversation().id().toString()).build())
                .entity(MessageResponse.of(sent.message())).build();
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markConversationRead",
            summary = "Mark messages read", description = "Everything up to and including the given message; the marker never moves back.")
    @APIResponse(responseCode = "200", description = "The conversation with the caller's new unread count")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ConversationResponse read(@PathParam("id") String id, @Valid @NotNull ReadMarkerRequest body) {
        Caller caller = currentUser.require();
        Conversation conversation = messaging.markRead(caller, conversationId(id), MessagingPaging.messageId(body.messageId()));
        return ConversationResponse.of(conversation, caller);
    }

    private static java.util.UUID conversationId(String id) {
        return MessagingPaging.id(id, "conversation-not-found", "conversation");
    }
}
