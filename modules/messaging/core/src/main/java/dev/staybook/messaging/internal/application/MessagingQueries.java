package dev.staybook.messaging.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.messaging.internal.domain.Conversation;
import dev.staybook.messaging.internal.domain.ConversationRepository;
import dev.staybook.messaging.internal.domain.Message;
import dev.staybook.messaging.internal.domain.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reading conversations: the caller's own list, and one conversation's messages for its participants and admins. */
@ApplicationScoped
@Transactional
public class MessagingQueries {

    @Inject
    ConversationRepository conversations;
    @Inject
    MessageRepository messages;

    public List<Conversation> mine(Caller caller, ConversationRepository.Position after, int limit) {
        return conversations.pageFor(caller.id(), after, limit);
    }

    /** The conversation and its messages numbered below {@code beforeSeq}, newest first; 404 unless visible. */
    public ConversationView view(Caller caller, UUID conversationId, Integer beforeSeq, int limit) {
        Conversation conversation = conversations.find(conversationId).orElseThrow(Conversation::notFound);
        conversation.requireVisibleTo(caller);
        return new ConversationView(conversation, messages.page(conversationId, beforeSeq, limit));
    }

    /** A conversation and one page of its messages (one more than asked, if there is one). */
    public record ConversationView(Conversation conversation, List<Message> messages) {
    }
}
