package dev.staybook.messaging.internal.outbox;

import dev.staybook.messaging.api.event.MessageSent;
import dev.staybook.outbox.EventTypes;
import dev.staybook.outbox.OutboxStore;
import java.util.List;

/** The events the messaging module announces, and its outbox table. */
final class MessagingEventTypes {

    static final EventTypes TYPES = new EventTypes(List.of(MessageSent.class));
    static final OutboxStore STORE = new OutboxStore("messaging", TYPES);

    private MessagingEventTypes() {
    }
}
