package dev.staybook.identity.internal.domain;

/** Whether an account may sign in; a deleted account never can again. */
public enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    DELETED
}
