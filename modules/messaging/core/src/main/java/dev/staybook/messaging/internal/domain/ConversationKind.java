package dev.staybook.messaging.internal.domain;

/** What a conversation is about: a booking, or a guest's question about a listing before booking. */
public enum ConversationKind {
    BOOKING,
    INQUIRY
}
