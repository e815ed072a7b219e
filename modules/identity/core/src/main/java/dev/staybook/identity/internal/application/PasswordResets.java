package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.event.PasswordChanged;
import dev.staybook.identity.api.event.PasswordResetRequested;
import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.domain.PasswordHasher;
import dev.staybook.identity.internal.domain.PasswordPolicy;
import dev.staybook.identity.internal.domain.PasswordResetToken;
import dev.staybook.identity.internal.domain.PasswordResetTokenRepository;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.identity.internal.security.PasswordResetLimits;
import dev.staybook.identity.internal.security.TokenSecrets;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Forgot my password": a one-time token mailed to the account's address, then a new password set with it, which ends
 * every session of the account (whoever knew the old password is signed out).
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    private static final PasswordPolicy PASSWORD_POLICY = PasswordPolicy.standard();

    @Inject
    UserRepository users;
    @Inject
    PasswordResetTokenRepository resetTokens;
    @Inject
    TokenSecrets secrets;
    @Inject
    PasswordHasher hasher;
    @Inject
    PasswordResetLimits limits;
    @Inject
    Clock clock;
    @Inject
    Sessions sessions;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "staybook.password-reset.token-lifetime", defaultValue = "PT1H")
    Duration tokenLifetime;

    /**
     * Mails a reset token if an active account has the address; otherwise does nothing. The caller cannot tell the two
     * apart: the answer is the same, and the limits count both.
     */
    public void request(String rawEmail, String clientAddress) {
        EmailAddress email = EmailAddress.of(rawEmail);
        limits.acquire(email, clientAddress);
        Optional<User> user = users.findByEmail(email).filter(User::canSignIn);
        if (user.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String secret = secrets.newSecret();
        PasswordResetToken token = PasswordResetToken.issue(UuidV7.generate(now), user.get().id(), secrets.hash(secret), now,
                now.plus(tokenLifetime));
        resetTokens.add(token);
        outbox.publish(new PasswordResetRequested(UuidV7.generate(now), user.get().id(), secret, token.expiresAt(), now));
    }

    /**
     * Sets a new password with a mailed token, spends every reset token of the account and ends all its sessions. The
     * account is locked before the token, as every change that ends its sessions does: of several tokens of one
     * account presented at once, one sets the password and the others wait for it, then find themselves spent (410).
     */
    public void confirm(String presentedToken, String newPassword) {
        byte[] hash = secrets.hash(presentedToken);
        User user = resetTokens.ownerOf(hash).flatMap(users::findForUpdate).orElseThrow(PasswordResets::notAResetToken);
        PasswordResetToken token = resetTokens.findByHashForUpdate(hash).orElseThrow(PasswordResets::notAResetToken);
        Instant now = clock.instant();
        token.use(now);
        PASSWORD_POLICY.check("newPassword", newPassword, user.email());
        user.changePassword(hasher.hash(newPassword), now);
        resetTokens.useAllOf(user.id(), now);
        outbox.publish(new PasswordChanged(UuidV7.generate(now), user.id(), now));
        sessions.endAll(user);
    }

    private static InvalidInput notAResetToken() {
        return InvalidInput.field("token", "is not a valid password reset token");
    }
}
