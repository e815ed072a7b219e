package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.event.EmailVerificationRequested;
import dev.staybook.identity.internal.domain.EmailVerification;
import dev.staybook.identity.internal.domain.EmailVerificationToken;
import dev.staybook.identity.internal.domain.EmailVerificationTokenRepository;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.identity.internal.security.TokenSecrets;
import dev.staybook.identity.internal.security.VerificationMailLimits;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.outbox.Outbox;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email verification under the STAYBOOK_EMAIL_VERIFICATION setting: a one-time token mailed on registration (and on
 * request), spent to mark the address verified; and the check that an account may book and host. Tokens are issued
 * and mailed as password reset tokens are (hash stored, token in an event only the mail worker reads).
 */
@ApplicationScoped
@Transactional
public class EmailVerifications {

    @Inject
    UserRepository users;
    @Inject
    EmailVerificationTokenRepository tokens;
    @Inject
    TokenSecrets secrets;
    @Inject
    VerificationMailLimits limits;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "staybook.email-verification", defaultValue = "mandatory")
    String setting;
    @Inject
    @ConfigProperty(name = "staybook.email-verification.token-lifetime", defaultValue = "P3D")
    Duration tokenLifetime;

    private EmailVerification policy;

    @PostConstruct
    void readSetting() {
        policy = EmailVerification.of(setting);
    }

    /** Reads the setting at start-up, so that a misspelt one stops the application instead of failing registrations. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void checkSetting(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean ran readSetting
    }

    /** Mails a token to a new account, in the registration's transaction, unless the setting is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(User user, Instant now) {
        if (policy.sendsMail()) {
            mailToken(user, now);
        }
    }

    /** Mails another token: 409 if the address is verified already or verification is off, 429 past the limit. */
    public void resend(UserId id) {
        if (!policy.sendsMail()) {
            throw new Conflict("email-verification-off", "Email addresses are not verified on this server.");
        }
        User user = account(id);
        if (user.isEmailVerified()) {
            throw new Conflict("email-already-verified", "The email address of this account is verified already.");
        }
        limits.acquire(id);
        mailToken(user, clock.instant());
    }

    /**
     * Marks the address verified with a mailed token and spends every other token of the account. The account is
     * locked before the token, as a password reset does: of several tokens presented at once, one verifies and the
     * others wait for it, then find themselves spent (410), and none collides with a concurrent change of the account.
     */
    public void verify(String presentedToken) {
        byte[] hash = secrets.hash(presentedToken);
        User user = tokens.ownerOf(hash).flatMap(users::findForUpdate).orElseThrow(EmailVerifications::notAVerificationToken);
        EmailVerificationToken token = tokens.findByHashForUpdate(hash).orElseThrow(EmailVerifications::notAVerificationToken);
        Instant now = clock.instant();
        token.use(now);
        if (!user.canSignIn()) {
            throw notAVerificationToken();
        }
        tokens.useAllOf(user.id(), now);
        user.verifyEmail(now);
    }

    private static InvalidInput notAVerificationToken() {
        return InvalidInput.field("token", "is not a valid email verification token");
    }

    /** 403 {@code email-not-verified} if the setting requires a verified address to book and host and it is not. */
    public void requireMayAct(UserId id) {
        if (policy == EmailVerification.MANDATORY) {
            policy.requireMayAct(users.isEmailVerified(id));
        }
    }

    private void mailToken(User user, Instant now) {
        String secret = secrets.newSecret();
        EmailVerificationToken token = EmailVerificationToken.issue(UuidV7.generate(now), user.id(), secrets.hash(secret), now,
                now.plus(tokenLifetime));
        tokens.add(token);
        outbox.publish(new EmailVerificationRequested(UuidV7.generate(now), user.id(), user.email().value(), secret, token.expiresAt(), now));
    }

    private User account(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFound("user-not-found", "There is no such user."));
    }
}
