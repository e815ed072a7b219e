package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.sample.api.event.SampleHappened;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public class ErasablePropertiesTest {

    private static final UUID ID = UUID.nameUUIDFromBytes(new byte[0]);
    private static final Instant AT = Instant.parse("2027-01-01T00:00:00Z");

    public record TokenMailed(UUID eventId, UUID aggregateId, String kind, @ErasedAfterDelivery String token,
                              @ErasedAfterDelivery String pin, Instant occurredAt) implements IntegrationEvent {
    }

    public record GuestWrote(UUID eventId, UUID aggregateId, @ErasedAfterDelivery String email, @ErasedAfterDelivery String name,
                             @ErasedAfterDelivery String message, Instant occurredAt) implements IntegrationEvent {
    }

    @Test
    void theErasablePropertiesAreNamedAsTheyAreStored() {
        assertEquals(List.of("token", "pin"), ErasableProperties.heldBy(new TokenMailed(ID, ID, "reset", "t", "1234", AT)));
        assertEquals("{\"aggregateId\":\"" + ID + "\",\"eventId\":\"" + ID + "\",\"kind\":\"reset\",\"occurredAt\":\"2027-01-01T00:00:00Z\","
                        + "\"pin\":\"1234\",\"token\":\"t\"}",
                EventJson.write(new TokenMailed(ID, ID, "reset", "t", "1234", AT)), "the stored JSON uses the same names");
    }

    @Test
    void personalDataIsErasableLikeSecrets() {
        assertEquals(List.of("email", "name", "message"),
                ErasableProperties.heldBy(new GuestWrote(ID, ID, "ada@example.com", "Ada Lovelace", "We arrive late, call me on +44 20 7946 0000", AT)));
    }

    @Test
    void onlyThePropertiesThatHoldAValueAreLeftToErase() {
        assertEquals(List.of("email", "name"), ErasableProperties.heldBy(new GuestWrote(ID, ID, "ada@example.com", "Ada Lovelace", null, AT)));
        assertEquals(List.of(), ErasableProperties.heldBy(new GuestWrote(ID, ID, null, null, null, AT)), "nothing to erase");
    }

    @Test
    void mostEventsHaveNone() {
        assertEquals(List.of(), ErasableProperties.heldBy(new SampleHappened(ID, ID, AT)));
    }
}
