package dev.staybook.messaging.internal.web;

import java.util.List;

/** A conversation with one page of its messages, newest first; {@code nextCursor} leads to older ones. */
public record ConversationMessagesResponse(ConversationResponse conversation, List<MessageResponse> items, String nextCursor) {
}
