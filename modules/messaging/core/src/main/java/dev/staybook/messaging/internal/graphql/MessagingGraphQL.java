package dev.staybook.messaging.internal.graphql;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.input.PageSize;
import dev.staybook.messaging.internal.application.MessagingQueries;
import dev.staybook.messaging.internal.application.MessagingService;
import dev.staybook.messaging.internal.domain.Message;
import dev.staybook.messaging.internal.domain.MessageText;
import dev.staybook.messaging.internal.web.MessagingPaging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Conversations over GraphQL through the services REST uses: only a booking's guest and host may write about it,
 * only a conversation's parties (and administrators, read-only) may read it, and the same message limits count.
 * A page of messages is one statement however many messages it holds.
 */
@GraphQLApi
@ApplicationScoped
public class MessagingGraphQL {

    private static final int MAX_LIMIT = 100;

    @Inject
    MessagingService messaging;
    @Inject
    MessagingQueries queries;
    @Inject
    CurrentUser currentUser;
    // the client address the rate limits count, as REST reads it (Liberty's remoteIp resolves trusted proxies)
    @Inject
    HttpServletRequest request;

    @Query("conversation")
    @Description("A conversation of mine with a page of its messages, newest first; the cursor leads to older ones")
    public ConversationNode conversation(@Name("id") @Id @NonNull String id, @Name("limit") @DefaultValue("50") Integer limit,
                                         @Name("cursor") String cursor) {
        Caller caller = currentUser.require();
        PageSize.require("limit", limit, MAX_LIMIT);
        MessagingQueries.ConversationView view = queries.view(caller,
                MessagingPaging.id(id, "conversation-not-found", "conversation"), MessagingPaging.beforeSeq(cursor), limit + 1);
        List<Message> found = view.messages();
        String next = found.size() > limit ? Cursor.encode(String.valueOf(found.get(limit - 1).seq())) : null;
        return new ConversationNode(view.conversation(), caller, found.stream().limit(limit).map(MessageNode::of).toList(), next);
    }

    @Mutation("sendMessage")
    @Description("Write to the other party of a booking of mine (its guest or host); the conversation starts with the first message")
    public MessageNode sendMessage(@Name("bookingId") @Id @NonNull String bookingId, @Name("text") @NonNull String text) {
        Caller sender = currentUser.require();
        MessagingService.Sent sent = messaging.aboutBooking(sender, MessagingPaging.id(bookingId, "booking-not-found", "booking"),
                new MessageText(text), request.getRemoteAddr());
        return MessageNode.of(sent.message());
    }
}
