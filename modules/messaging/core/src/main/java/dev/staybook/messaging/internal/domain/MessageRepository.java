package dev.staybook.messaging.internal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Messages of conversations, newest first. */
public interface MessageRepository {

    void add(Message message);

    /** Messages numbered below {@code beforeSeq} (all if null), newest first. */
    List<Message> page(UUID conversationId, Integer beforeSeq, int limit);

    Optional<Message> find(UUID conversationId, UUID messageId);
}
