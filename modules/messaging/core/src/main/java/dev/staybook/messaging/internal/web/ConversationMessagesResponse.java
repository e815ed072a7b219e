package dev.staybook.messaging.internal.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conversation with one page of its messages, newest first; {@code nextCursor} leads to older ones. */
@Schema(requiredProperties = {"conversation", "items"})
public record ConversationMessagesResponse(ConversationResponse conversation, List<MessageResponse> items, String nextCursor) {
}
