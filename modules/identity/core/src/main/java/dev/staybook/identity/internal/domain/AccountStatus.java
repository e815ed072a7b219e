package dev.staybook.identity.internal.domain;

/** Whether an account may sign in. */
public enum AccountStatus {
    ACTIVE,
    SUSPENDED
}
