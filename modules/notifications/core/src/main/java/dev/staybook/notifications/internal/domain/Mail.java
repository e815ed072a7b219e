package dev.staybook.notifications.internal.domain;

import dev.staybook.identity.api.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One mail to one recipient, written in the transaction that handled the event it is about.
 *
 * <p>Lifecycle: PENDING when composed; a worker claims it for a lease (which counts as an attempt and
 * keeps other workers away until it runs out), then marks it SENT, or schedules a retry by the
 * {@link RetryPolicy}, or marks it FAILED when the retries are used up. Invariants: one mail per
 * deduplication key (event and recipient), so a redelivered event never mails twice; its Message-ID
 * is derived from its id, so a mail sent twice after a crash is one message to mail clients; a sent
 * or failed mail never changes again, except that the body of a mail holding a one-time link is erased once it is sent
 * or given up: nobody needs the link after that, and someone reading the database could use it until it expires. A
 * mail for an account is deleted, in any status, when the account is.
 */
@Entity
@Table(name = "mails")
public class Mail {

    private static final int MAX_ERROR_LENGTH = 2000;
    /** What is kept of a mail's body that held a one-time link, once it was sent or given up. */
    public static final String ERASED_BODY = "(Erased once sent or given up: this mail held a one-time link.)";

    @Id
    private UUID id;
    @Column(nullable = false)
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;
    @Column(name = "recipient_email", nullable = false)
    private String recipientEmail;
    @Column(name = "recipient_name", nullable = false)
    private String recipientName;
    @Column(name = "recipient_user_id")
    private UUID recipientUserId;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected Mail() {
        // for JPA
    }

    private Mail(UUID id, String source, Recipient to, MailContent content, Instant now) {
        this.id = id;
        this.source = source;
        this.kind = content.kind();
        this.recipientEmail = to.email();
        this.recipientName = to.name();
        this.recipientUserId = to.user() == null ? null : to.user().value();
        this.subject = content.subject();
        this.body = content.body();
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A mail due at once. {@code source} names the event and the recipient it is for. */
    public static Mail compose(UUID id, String source, Recipient to, MailContent content, Instant now) {
        return new Mail(id, source, to, content, now);
    }

    /** Takes the mail for one attempt: nobody else picks it up before {@code now + lease}. */
    public void claim(Instant now, Duration lease) {
        requirePending();
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    public void sent(Instant now) {
        requirePending();
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        eraseOneTimeLink();
    }

    /** Records the failed attempt; retried later by the policy, or FAILED for good. */
    public void failed(String error, Instant now, RetryPolicy policy) {
        requirePending();
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        policy.nextAttempt(attempts, now).ifPresentOrElse(next -> nextAttemptAt = next, () -> {
            status = MailStatus.FAILED;
            eraseOneTimeLink();
        });
    }

    private void eraseOneTimeLink() {
        if (kind.holdsOneTimeLink()) {
            body = ERASED_BODY;
        }
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("mail " + id + " is " + status);
        }
    }

    /** The RFC 5322 Message-ID: stable across attempts. */
    public String messageId(String domain) {
        return "<mail-" + id + "@" + domain + ">";
    }

    public UUID id() {
        return id;
    }

    public String source() {
        return source;
    }

    public MailKind kind() {
        return kind;
    }

    public Recipient recipient() {
        return new Recipient(recipientEmail, recipientName, recipientUserId == null ? null : new UserId(recipientUserId));
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
