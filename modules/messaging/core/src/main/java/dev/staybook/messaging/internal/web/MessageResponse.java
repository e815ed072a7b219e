package dev.staybook.messaging.internal.web;

import dev.staybook.messaging.internal.domain.Message;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message as shown; {@code seq} numbers the conversation's messages from 1. */
@Schema(requiredProperties = {"id", "conversationId", "seq", "senderId", "text", "sentAt"})
public record MessageResponse(@Schema(format = "uuid") String id, @Schema(format = "uuid") String conversationId, int seq,
                              @Schema(format = "uuid") String senderId, String text, Instant sentAt) {

    static MessageResponse of(Message message) {
        return new MessageResponse(message.id().toString(), message.conversationId().toString(), message.seq(),
                message.senderId().toString(), message.text(), message.sentAt());
    }
}
