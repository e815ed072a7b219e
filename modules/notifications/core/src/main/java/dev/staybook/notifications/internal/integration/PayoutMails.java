package dev.staybook.notifications.internal.integration;

import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.api.event.PayoutSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A mail to the host for each payout sent. */
@ApplicationScoped
public class PayoutMails implements EventSubscriber {

    @Inject
    MailQueue queue;

    @Override
    public String name() {
        return "notifications.payout-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(PayoutSent.class, event -> queue.toUser(event.hostId(), event.eventId(),
                name -> MailTexts.payoutSent(name, event.amount(), event.stays())));
    }
}
