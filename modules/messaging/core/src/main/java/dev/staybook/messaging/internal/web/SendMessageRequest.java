package dev.staybook.messaging.internal.web;

import dev.staybook.messaging.internal.domain.MessageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message to send. Its text is checked by {@link MessageText} alone, the rule GraphQL's messages follow too (code
 * points after stripping); the schema only describes it.
 */
public record SendMessageRequest(@Schema(required = true, maxLength = MessageText.MAX_LENGTH, pattern = "\\S") String text) {
}
