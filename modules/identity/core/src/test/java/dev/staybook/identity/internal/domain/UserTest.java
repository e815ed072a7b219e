package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final UUID ID = UUID.fromString("0190f3a0-0000-7000-8000-000000000001");
    private static final EmailAddress EMAIL = EmailAddress.of("ana@example.com");
    private static final Instant REGISTERED = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATER = REGISTERED.plusSeconds(3600);

    private final User user = User.register(ID, EMAIL, "$argon2id$hash", "Ana", REGISTERED);

    @Test
    void registersAnActiveGuest() {
        assertEquals(new UserId(ID), user.id());
        assertEquals(EMAIL, user.email());
        assertEquals("$argon2id$hash", user.passwordHash());
        assertEquals(Profile.named("Ana"), user.profile());
        assertEquals(Set.of(Role.GUEST), user.roles());
        assertEquals(AccountStatus.ACTIVE, user.status());
        assertEquals(REGISTERED, user.createdAt());
    }

    @Test
    void createsAnAdministratorWhoIsAlsoAGuest() {
        User admin = User.administrator(ID, EMAIL, "$argon2id$hash", "Root", REGISTERED);

        assertEquals(Set.of(Role.GUEST, Role.ADMIN), admin.roles());
        assertTrue(admin.isEmailVerified(), "the operator configured the address");
    }

    @Test
    void aNewAccountsAddressIsUnverifiedUntilItIsVerifiedOnce() {
        assertFalse(user.isEmailVerified());

        assertTrue(user.verifyEmail(LATER));
        assertTrue(user.isEmailVerified());
        assertFalse(user.verifyEmail(LATER.plusSeconds(1)), "verifying again changes nothing and says so");
    }

    @Test
    void becomingAHostAddsTheHostRole() {
        assertTrue(user.becomeHost(LATER));

        assertEquals(Set.of(Role.GUEST, Role.HOST), user.roles());
    }

    @Test
    void becomingAHostAgainChangesNothingAndSaysSo() {
        user.becomeHost(LATER);

        assertFalse(user.becomeHost(LATER.plusSeconds(1)));
        assertEquals(Set.of(Role.GUEST, Role.HOST), user.roles());
    }

    @Test
    void anActiveAccountCanSignIn() {
        assertTrue(user.canSignIn());
    }

    @Test
    void aSuspendedAccountCannotSignIn() {
        user.suspend(LATER);

        assertEquals(AccountStatus.SUSPENDED, user.status());
        assertFalse(user.canSignIn());
    }

    @Test
    void theOwnerMayEndEverySessionAndTheAccountStaysActive() {
        user.endSessions(LATER);

        assertEquals(LATER, user.sessionsEndedAt());
        assertTrue(user.canSignIn());
    }

    @Test
    void suspendingEndsEverySessionButReinstatingStartsNone() {
        user.suspend(LATER);
        user.reinstate(LATER.plusSeconds(60));

        assertEquals(LATER, user.sessionsEndedAt());
    }

    @Test
    void aNewAccountsSessionsStartAtRegistrationAndAPasswordChangeEndsThem() {
        assertEquals(REGISTERED, user.sessionsEndedAt());

        user.changePassword("$argon2id$new", LATER);

        assertEquals(LATER, user.sessionsEndedAt());
    }

    @Test
    void suspendingASuspendedAccountIsAConflict() {
        user.suspend(LATER);

        Conflict conflict = assertThrows(Conflict.class, () -> user.suspend(LATER));
        assertEquals("already-suspended", conflict.code());
    }

    @Test
    void aReinstatedAccountCanSignInAgain() {
        user.suspend(LATER);

        user.reinstate(LATER.plusSeconds(60));

        assertEquals(AccountStatus.ACTIVE, user.status());
        assertTrue(user.canSignIn());
    }

    @Test
    void reinstatingAnActiveAccountIsAConflict() {
        Conflict conflict = assertThrows(Conflict.class, () -> user.reinstate(LATER));

        assertEquals("not-suspended", conflict.code());
    }

    @Test
    void returnsTheProfileItWasGiven() {
        Profile profile = new Profile("Ana Lima", "Surfs.", "https://cdn.example.com/a.png", "+4930123456", List.of("pt-BR", "en"));

        user.updateProfile(profile, LATER);

        assertEquals(profile, user.profile());
    }

    @Test
    void changingThePasswordReplacesTheHash() {
        user.changePassword("$argon2id$new", LATER);

        assertEquals("$argon2id$new", user.passwordHash());
    }

    @Test
    void publicProfileShowsTheProfileRolesAndMembershipDate() {
        user.updateProfile(new Profile("Ana", "Surfs.", "https://cdn.example.com/a.png", "+4930123456", List.of("en")), LATER);
        user.becomeHost(LATER);

        PublicProfile shown = user.publicProfile();

        assertEquals(new PublicProfile(new UserId(ID), "Ana", "Surfs.", "https://cdn.example.com/a.png", List.of("en"),
                Set.of(Role.GUEST, Role.HOST), REGISTERED), shown);
    }

    @Test
    void publicProfileHasNoEmailOrPhone() {
        user.updateProfile(new Profile("Ana", null, null, "+4930123456", List.of()), LATER);

        PublicProfile shown = user.publicProfile();

        List<String> components = Arrays.stream(PublicProfile.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertFalse(components.contains("email"), components::toString);
        assertFalse(components.contains("phone"), components::toString);
        assertFalse(shown.toString().contains("ana@example.com"), shown::toString);
        assertFalse(shown.toString().contains("+4930123456"), shown::toString);
    }
}
