package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.kernel.event.Secret;
import dev.staybook.sample.api.event.SampleHappened;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public class EventSecretsTest {

    public record TokenMailed(UUID eventId, UUID aggregateId, String email, @Secret String token, @Secret String pin, Instant occurredAt)
            implements IntegrationEvent {
    }

    @Test
    void theSecretPropertiesAreNamedAsTheyAreStored() {
        assertEquals(List.of("token", "pin"), EventSecrets.of(TokenMailed.class));
        assertEquals("{\"aggregateId\":\"" + UUID.nameUUIDFromBytes(new byte[0]) + "\",\"email\":\"a@example.com\",\"eventId\":\""
                        + UUID.nameUUIDFromBytes(new byte[0]) + "\",\"occurredAt\":\"2027-01-01T00:00:00Z\",\"pin\":\"1234\",\"token\":\"t\"}",
                EventJson.write(new TokenMailed(UUID.nameUUIDFromBytes(new byte[0]), UUID.nameUUIDFromBytes(new byte[0]), "a@example.com",
                        "t", "1234", Instant.parse("2027-01-01T00:00:00Z"))), "the stored JSON uses the same names");
    }

    @Test
    void mostEventsHaveNone() {
        assertEquals(List.of(), EventSecrets.of(SampleHappened.class));
    }
}
