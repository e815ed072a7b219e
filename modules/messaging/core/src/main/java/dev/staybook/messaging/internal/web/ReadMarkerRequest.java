package dev.staybook.messaging.internal.web;

import jakarta.validation.constraints.NotNull;

/** Everything up to and including this message has been read. */
public record ReadMarkerRequest(@NotNull String messageId) {
}
