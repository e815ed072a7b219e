package dev.staybook.messaging.internal.domain;

import dev.staybook.identity.api.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message of a conversation, numbered from 1 in the order sent; never changed once sent. */
@Entity
@Table(name = "messages")
public class Message {

    @Id
    private UUID id;
    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;
    @Column(nullable = false)
    private int seq;
    @Column(name = "sender_id", nullable = false)
    private UUID senderId;
    @Column(nullable = false)
    private String text;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Message() {
        // for JPA
    }

    Message(UUID id, UUID conversationId, int seq, UserId sender, MessageText text, Instant sentAt) {
        this.id = id;
        this.conversationId = conversationId;
        this.seq = seq;
        this.senderId = sender.value();
        this.text = text.value();
        this.sentAt = sentAt;
    }

    public UUID id() {
        return id;
    }

    public UUID conversationId() {
        return conversationId;
    }

    public int seq() {
        return seq;
    }

    public UserId senderId() {
        return new UserId(senderId);
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
