package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.identity.internal.security.Argon2PasswordHasher;
import dev.staybook.kernel.error.Conflict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A deleted account keeps its id and nothing personal, can never sign in, and cannot come back. */
class UserDeletionTest {

    private static final UUID ID = UUID.fromString("0190f3a0-0000-7000-8000-000000000002");
    private static final Instant REGISTERED = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant DELETED = REGISTERED.plusSeconds(86_400);

    private final User user = User.register(ID, EmailAddress.of("ana@example.com"), "$argon2id$hash", "Ana", REGISTERED);

    @Test
    void deletingAnonymizesTheAccountInPlace() {
        user.updateProfile(new Profile("Ana", "Loves the sea", "https://img.example.com/ana.png", "+33612345678", List.of("fr")), REGISTERED);

        user.delete(DELETED);

        assertEquals(ID, user.id().value());
        assertEquals(EmailAddress.of("deleted-" + ID + "@deleted.invalid"), user.email());
        assertEquals(Profile.named(User.DELETED_NAME), user.profile());
        assertEquals(AccountStatus.DELETED, user.status());
        assertFalse(user.canSignIn());
    }

    @Test
    void noPasswordMatchesADeletedAccount() {
        user.delete(DELETED);

        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        assertFalse(hasher.matches("", user.passwordHash()));
        assertFalse(hasher.matches("!deleted", user.passwordHash()));
    }

    @Test
    void aDeletedAccountCannotBeDeletedAgainNorSuspendedNorReinstated() {
        user.delete(DELETED);

        assertEquals("account-deleted", assertThrows(Conflict.class, () -> user.delete(DELETED)).code());
        assertEquals("account-deleted", assertThrows(Conflict.class, () -> user.reinstate(DELETED)).code());
        assertEquals("account-deleted", assertThrows(Conflict.class, () -> user.suspend(DELETED)).code());
    }
}
