package dev.staybook.messaging.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a conversation between a guest and a host across every module. */
public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
