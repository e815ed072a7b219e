package dev.staybook.notifications.internal.domain;

/** PENDING until sent (retried after failures), then SENT; FAILED once the retries are used up. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
