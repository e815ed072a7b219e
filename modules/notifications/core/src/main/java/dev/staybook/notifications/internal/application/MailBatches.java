package dev.staybook.notifications.internal.application;

import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.MailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The workers' short transactions: claim a batch (locked with SKIP LOCKED, leased, committed before any
 * mail is sent, so no lock is held over SMTP), then record the sent mails together and each failure on its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailBatches {

    public static final int BATCH = 100;

    @Inject
    MailRepository mails;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;

    public List<OutgoingMail> claim() {
        Instant now = clock.instant();
        List<Mail> due = mails.lockDue(now, BATCH);
        due.forEach(mail -> mail.claim(now, settings.lease()));
        return due.stream().map(mail -> OutgoingMail.of(mail, settings.messageIdDomain())).toList();
    }

    /** One transaction for a batch's sent mails: a mail per transaction was two of the seven a booking costs. */
    public void sent(List<UUID> ids) {
        mails.markSent(ids, clock.instant());
    }

    public void failed(UUID id, String error) {
        mails.find(id).ifPresent(mail -> mail.failed(error, clock.instant(), settings.retryPolicy()));
    }
}
