package dev.staybook.identity.api;

/** What a user may do. Every account is a GUEST; HOST is added on request; ADMIN is granted by operators. */
public enum Role {
    GUEST,
    HOST,
    ADMIN
}
