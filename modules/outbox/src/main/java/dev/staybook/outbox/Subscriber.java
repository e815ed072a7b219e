package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import java.util.Optional;

/** A subscriber as the library knows it: its stable name and its declaration. */
public record Subscriber(String name, Subscriptions subscriptions) {

    boolean inOrder() {
        return subscriptions.inOrder();
    }

    boolean atOnce() {
        return subscriptions.isAtOnce();
    }

    Optional<RemoteCall<?>> handle(IntegrationEvent event) {
        return subscriptions.handle(event);
    }
}
