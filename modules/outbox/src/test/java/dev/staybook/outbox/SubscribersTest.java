package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscribersTest {

    private final List<String> handled = new ArrayList<>();

    @Test
    void findsTheSubscribersOfEachTypeAndTheClassOfEachStoredName() {
        Subscriber calendar = new Subscriber("listings.booked-nights", Subscriptions.inOrderPerAggregate()
                .on(Placed.class, event -> handled.add("held " + event.aggregateId()))
                .on(Cancelled.class, event -> handled.add("freed " + event.aggregateId())));
        Subscriber money = new Subscriber("payments.booking-money", Subscriptions.inAnyOrder().on(Placed.class, event -> handled.add("paid")));

        Subscribers.Index index = Subscribers.Index.of(List.of(calendar, money));

        assertEquals(List.of(calendar, money), index.byType().get(Placed.class));
        assertEquals(List.of(calendar), index.byType().get(Cancelled.class));
        assertEquals(Placed.class, index.classes().get("Placed"));
        assertEquals(List.of("listings.booked-nights", "payments.booking-money"), Subscribers.Index.of(List.of(money, calendar)).names());
        assertTrue(calendar.inOrder());
        assertFalse(money.inOrder());
    }

    @Test
    void handsEachEventToTheHandlerOfItsType() {
        UUID booking = UUID.randomUUID();
        Subscriber calendar = new Subscriber("listings.booked-nights", Subscriptions.inOrderPerAggregate()
                .on(Placed.class, event -> handled.add("held " + event.aggregateId()))
                .on(Cancelled.class, event -> handled.add("freed " + event.aggregateId())));

        calendar.handle(new Placed(booking));
        calendar.handle(new Cancelled(booking));

        assertEquals(List.of("held " + booking, "freed " + booking), handled);
        assertThrows(IllegalArgumentException.class, () -> new Subscriber("x.y", Subscriptions.inAnyOrder()).handle(new Placed(booking)));
    }

    @Test
    void refusesAmbiguousDeclarations() {
        Subscriptions twice = Subscriptions.inAnyOrder().on(Placed.class, event -> { });
        assertThrows(IllegalArgumentException.class, () -> twice.on(Placed.class, event -> { }));

        Subscriber first = new Subscriber("payments.booking-money", Subscriptions.inAnyOrder().on(Placed.class, event -> { }));
        Subscriber sameName = new Subscriber("payments.booking-money", Subscriptions.inAnyOrder().on(Cancelled.class, event -> { }));
        assertThrows(IllegalStateException.class, () -> Subscribers.Index.of(List.of(first, sameName)));
        Subscriber badName = new Subscriber("Payments", Subscriptions.inAnyOrder());
        assertThrows(IllegalStateException.class, () -> Subscribers.Index.of(List.of(badName)));
    }

    record Placed(UUID aggregateId) implements IntegrationEvent {
        @Override
        public UUID eventId() {
            return aggregateId;
        }

        @Override
        public Instant occurredAt() {
            return Instant.EPOCH;
        }
    }

    record Cancelled(UUID aggregateId) implements IntegrationEvent {
        @Override
        public UUID eventId() {
            return aggregateId;
        }

        @Override
        public Instant occurredAt() {
            return Instant.EPOCH;
        }
    }
}
