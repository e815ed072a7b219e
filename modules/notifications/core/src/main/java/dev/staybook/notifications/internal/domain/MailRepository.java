package dev.staybook.notifications.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The mail outbox. */
public interface MailRepository {

    void add(Mail mail);

    /** Pending mails that are due, locked with SKIP LOCKED so that workers never take the same mail. */
    List<Mail> lockDue(Instant now, int limit);

    Optional<Mail> find(UUID id);

    /**
     * Marks these pending mails sent, in one statement: {@link Mail#sent} for a whole batch. A mail that is gone by now
     * (its account was deleted while it was out) is simply not there to mark.
     */
    void markSent(Collection<UUID> ids, Instant at);

    /** Mails in the status (all if null), newest first, after the position. */
    List<Mail> page(MailStatus status, Position after, int limit);

    /** Where a page ended: the last mail shown. */
    record Position(Instant createdAt, UUID id) {
    }
}
