package dev.staybook.messaging.internal.graphql;

import dev.staybook.messaging.internal.domain.Message;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A message as REST shows it; {@code seq} numbers the conversation's messages from 1. */
@Name("Message")
@Description("A message of a conversation")
public final class MessageNode {

    @Id
    @NonNull
    public final String id;
    @Id
    public final String conversationId;
    public final int seq;
    @Id
    public final String senderId;
    public final String text;
    public final String sentAt;

    private MessageNode(Message message) {
        this.id = message.id().toString();
        this.conversationId = message.conversationId().toString();
        this.seq = message.seq();
        this.senderId = message.senderId().toString();
        this.text = message.text();
        this.sentAt = message.sentAt().toString();
    }

    static MessageNode of(Message message) {
        return new MessageNode(message);
    }
}
