package dev.staybook.notifications.internal.integration;

import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.api.event.PayoutFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A mail to the host for each refused payout transfer, with the gateway's reason and what happens next. */
@ApplicationScoped
public class PayoutFailureMails implements EventSubscriber {

    @Inject
    MailQueue queue;

    @Override
    public String name() {
        return "notifications.payout-failure-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(PayoutFailed.class, event -> queue.toUser(event.hostId(), event.eventId(),
                name -> MailTexts.payoutFailed(name, event.amount(), event.reason(), event.nextAttemptAt())));
    }
}
