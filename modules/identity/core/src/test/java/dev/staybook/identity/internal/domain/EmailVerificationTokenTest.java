package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Gone;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailVerificationTokenTest {

    private static final Instant ISSUED = Instant.parse("2027-03-01T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(3));

    private final EmailVerificationToken token = EmailVerificationToken.issue(UUID.randomUUID(), new UserId(UUID.randomUUID()),
            new byte[] {1, 2, 3}, ISSUED, EXPIRES);

    @Test
    void worksOnceBeforeItExpires() {
        token.use(EXPIRES.minusSeconds(1));

        assertTrue(token.isUsed());
        assertEquals("verification-token-used", assertThrows(Gone.class, () -> token.use(EXPIRES.minusSeconds(1))).code());
    }

    @Test
    void doesNotWorkFromItsExpiry() {
        assertEquals("verification-token-expired", assertThrows(Gone.class, () -> token.use(EXPIRES)).code());
    }

    @Test
    void mustExpireAfterItIsIssued() {
        assertThrows(IllegalArgumentException.class,
                () -> EmailVerificationToken.issue(UUID.randomUUID(), new UserId(UUID.randomUUID()), new byte[] {1}, ISSUED, ISSUED));
    }
}
