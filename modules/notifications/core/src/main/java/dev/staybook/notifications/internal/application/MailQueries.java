package dev.staybook.notifications.internal.application;

import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.MailRepository;
import dev.staybook.notifications.internal.domain.MailStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The mail outbox as administrators see it, failed mails included with their last error. */
@ApplicationScoped
@Transactional
public class MailQueries {

    @Inject
    MailRepository mails;

    public List<Mail> page(MailStatus status, MailRepository.Position after, int limit) {
        return mails.page(status, after, limit);
    }
}
