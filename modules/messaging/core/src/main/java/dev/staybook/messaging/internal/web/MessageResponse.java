package dev.staybook.messaging.internal.web;

import dev.staybook.messaging.internal.domain.Message;
import java.time.Instant;

/** A message as shown; {@code seq} numbers the conversation's messages from 1. */
public record MessageResponse(String id, String conversationId, int seq, String senderId, String text, Instant sentAt) {

    static MessageResponse of(Message message) {
        return new MessageResponse(message.id().toString(), message.conversationId().toString(), message.seq(),
                message.senderId().toString(), message.text(), message.sentAt());
    }
}
