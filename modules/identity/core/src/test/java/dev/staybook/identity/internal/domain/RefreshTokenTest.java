package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.identity.api.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final UserId ANA = new UserId(UUID.fromString("0190f3a0-0000-7000-8000-000000000001"));
    private static final UUID FIRST = UUID.fromString("0190f3a0-0000-7000-8000-0000000000a1");
    private static final UUID SECOND = UUID.fromString("0190f3a0-0000-7000-8000-0000000000a2");
    private static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(30 * 24 * 3600);

    private final RefreshToken first = RefreshToken.startFamily(FIRST, ANA, new byte[] {1, 2, 3}, ISSUED, EXPIRES);

    @Test
    void theFirstTokenOfASessionStartsAFamilyNamedAfterIt() {
        assertEquals(FIRST, first.familyId());
        assertEquals(ANA, first.userId());
    }

    @Test
    void aNewTokenIsNeitherUsedNorRevoked() {
        assertFalse(first.isUsed());
        assertFalse(first.isRevoked());
    }

    @Test
    void rotatingUsesUpThePresentedToken() {
        first.rotate(SECOND, new byte[] {4, 5, 6}, ISSUED.plusSeconds(60), EXPIRES.plusSeconds(60));

        assertTrue(first.isUsed());
    }

    @Test
    void rotatingIssuesAFreshSuccessorInTheSameFamily() {
        RefreshToken next = first.rotate(SECOND, new byte[] {4, 5, 6}, ISSUED.plusSeconds(60), EXPIRES.plusSeconds(60));

        assertEquals(FIRST, next.familyId());
        assertEquals(ANA, next.userId());
        assertFalse(next.isUsed());
        assertFalse(next.isRevoked());
    }

    @Test
    void isNotExpiredJustBeforeItsExpiry() {
        assertFalse(first.isExpired(EXPIRES.minusNanos(1)));
    }

    @Test
    void isExpiredAtItsExpiryInstant() {
        assertTrue(first.isExpired(EXPIRES));
    }

    @Test
    void theSuccessorExpiresOnItsOwnSchedule() {
        RefreshToken next = first.rotate(SECOND, new byte[] {4, 5, 6}, ISSUED.plusSeconds(60), EXPIRES.plusSeconds(60));

        assertFalse(next.isExpired(EXPIRES));
        assertTrue(next.isExpired(EXPIRES.plusSeconds(60)));
    }

    @Test
    void everyTokenOfASessionKeepsTheSessionsStart() {
        RefreshToken next = first.rotate(SECOND, new byte[] {4, 5, 6}, ISSUED.plusSeconds(60), EXPIRES.plusSeconds(60));
        assertEquals(ISSUED, first.sessionStartedAt());
        assertEquals(ISSUED, next.sessionStartedAt());
    }
}
