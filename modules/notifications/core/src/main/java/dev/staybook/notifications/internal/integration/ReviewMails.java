package dev.staybook.notifications.internal.integration;

import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.reviews.api.event.ReviewPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A mail to the reviewed side when a review of them goes public. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReviewMails {

    @Inject
    MailQueue queue;

    void published(@Observes ReviewPublished event) {
        queue.toUser(event.subjectId(), event.eventId(), name -> MailTexts.reviewPublished(name, event.overall()));
    }
}
