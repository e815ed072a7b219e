package dev.staybook.payments.internal.outbox;

import dev.staybook.outbox.EventTypes;
import dev.staybook.outbox.InboxStore;
import dev.staybook.outbox.OutboxStore;
import dev.staybook.payments.api.event.PaymentAuthorized;
import dev.staybook.payments.api.event.PaymentFailed;
import dev.staybook.payments.api.event.PayoutSent;
import java.util.List;

/** The events the payments module announces, its outbox, and its inbox of booking events handled. */
final class PaymentEventTypes {

    static final EventTypes TYPES = new EventTypes(List.of(PaymentAuthorized.class, PaymentFailed.class, PayoutSent.class));
    static final OutboxStore OUTBOX = new OutboxStore("payments", TYPES);
    static final InboxStore INBOX = new InboxStore("payments");

    private PaymentEventTypes() {
    }
}
