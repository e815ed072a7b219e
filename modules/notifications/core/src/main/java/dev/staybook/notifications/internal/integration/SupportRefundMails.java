package dev.staybook.notifications.internal.integration;

import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.api.event.GuestRefundedBySupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A mail to the guest for each refund support gave. */
@ApplicationScoped
public class SupportRefundMails implements EventSubscriber {

    @Inject
    MailQueue queue;

    @Override
    public String name() {
        return "notifications.support-refund-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(GuestRefundedBySupport.class, event -> queue.toUser(event.guestId(), event.eventId(),
                name -> MailTexts.refundedBySupport(name, event.amount(), event.reason())));
    }
}
