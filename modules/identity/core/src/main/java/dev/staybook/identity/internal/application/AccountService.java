package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.event.DuplicateRegistrationAttempted;
import dev.staybook.identity.api.event.PasswordChanged;
import dev.staybook.identity.api.event.UserBecameHost;
import dev.staybook.identity.api.event.UserProfileChanged;
import dev.staybook.identity.api.event.UserRegistered;
import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.domain.PasswordHasher;
import dev.staybook.identity.internal.domain.PasswordPolicy;
import dev.staybook.identity.internal.domain.PasswordResetTokenRepository;
import dev.staybook.identity.internal.domain.Profile;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.identity.internal.security.LoginThrottle;
import dev.staybook.identity.internal.security.RegistrationLimits;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A user's own account: registration, profile, password, becoming a host. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final PasswordPolicy PASSWORD_POLICY = PasswordPolicy.standard();

    @Inject
    UserRepository users;
    @Inject
    PasswordResetTokenRepository resetTokens;
    @Inject
    PasswordHasher hasher;
    @Inject
    LoginThrottle throttle;
    @Inject
    RegistrationLimits registrationLimits;
    @Inject
    EmailVerifications verifications;
    @Inject
    Clock clock;
    @Inject
    Sessions sessions;
    @Inject
    Outbox outbox;

    /**
     * Registers an account, unless the email has one: then nothing is created and its owner is told (at most once a
     * day). A new account is mailed a verification token unless STAYBOOK_EMAIL_VERIFICATION is none. The caller cannot tell the two apart: the answer is the same, and both run the same password hash, after
     * the registration limits and before the database is touched (no connection is held while hashing).
     */
    public void register(String rawEmail, String password, String name, String clientAddress) {
        EmailAddress email = EmailAddress.of(rawEmail);
        Profile.named(name);
        PASSWORD_POLICY.check("password", password, email);
        registrationLimits.acquire(email, clientAddress);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            if (registrationLimits.mayNotifyOwner(email)) {
                outbox.publish(new DuplicateRegistrationAttempted(UuidV7.generate(now), existing.get().id(), now));
            }
            return;
        }
        User user = User.register(UuidV7.generate(now), email, hash, name, now);
        users.add(user);
        outbox.publish(new UserRegistered(UuidV7.generate(now), user.id(), email.value(), user.profile().name(), now));
        verifications.registered(user, now);
    }

    /** The account for a sign-in attempt, read in its own short transaction and then detached. */
    public Optional<User> findForSignIn(EmailAddress email) {
        return users.findByEmail(email);
    }

    public User account(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFound("user-not-found", "There is no such user."));
    }

    /** The account locked for a change that ends its sessions (see UserRepository.findForUpdate). */
    private User lockedAccount(UserId id) {
        return users.findForUpdate(id).orElseThrow(() -> new NotFound("user-not-found", "There is no such user."));
    }

    public User updateProfile(UserId id, ProfilePatch patch) {
        User user = account(id);
        Instant now = clock.instant();
        user.updateProfile(patch.applyTo(user.profile()), now);
        outbox.publish(new UserProfileChanged(UuidV7.generate(now), id, now));
        return user;
    }

    /**
     * Changes the password after re-checking the current one, ends every session of the user and spends any password
     * reset token mailed before (the owner evidently knows the password). The check is
     * throttled like a sign-in: a stolen access token must not become a way to guess the password. The account is locked
     * first, so a concurrent refresh, reset or second change waits for this one and then sees it.
     */
    public void changePassword(UserId id, String currentPassword, String newPassword, String clientAddress) {
        User user = lockedAccount(id);
        throttle.beforeAttempt(user.email(), clientAddress);
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            throw new Forbidden("wrong-current-password", "The current password is wrong.");
        }
        throttle.succeeded(user.email(), clientAddress);
        PASSWORD_POLICY.check("newPassword", newPassword, user.email());
        if (newPassword.equals(currentPassword)) {
            throw InvalidInput.field("newPassword", "must differ from the current password");
        }
        Instant now = clock.instant();
        user.changePassword(hasher.hash(newPassword), now);
        resetTokens.useAllOf(id, now);
        outbox.publish(new PasswordChanged(UuidV7.generate(now), id, now));
        sessions.endAll(user);
    }

    /**
     * Signs the owner out everywhere: every refresh token and every access token issued so far stop working (a lost
     * phone, a shared computer). The next sign-in starts afresh. The account is locked first, so a refresh at that
     * moment either waits for this and finds its session ended, or ends with the others.
     */
    public void endAllSessions(UserId id) {
        User user = lockedAccount(id);
        Instant now = clock.instant();
        user.endSessions(now);
        sessions.endAll(user);
    }

    /** Re-stores a correct password hashed with today's parameters; not a password change. */
    public void upgradePasswordHash(UserId id, String newHash) {
        account(id).upgradePasswordHash(newHash);
    }

    public User becomeHost(UserId id) {
        User user = account(id);
        Instant now = clock.instant();
        if (user.becomeHost(now)) {
            outbox.publish(new UserBecameHost(UuidV7.generate(now), id, now));
        }
        return user;
    }
}
