package dev.staybook.identity.internal.application;

import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.domain.PasswordHasher;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.security.LoginThrottle;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Password sign-in. Deliberately outside a transaction: the slow password hash runs without holding a
 * database connection. An unknown email costs the same hash as a wrong password and gets the same
 * answer, so responses do not reveal which emails have accounts.
 */
@ApplicationScoped
public class SignInService {

    @Inject
    PasswordHasher hasher;
    @Inject
    LoginThrottle throttle;
    @Inject
    Sessions sessions;
    @Inject
    AccountService accounts;

    private volatile String decoyHash;

    public SignedIn signIn(String rawEmail, String password, String clientAddress) {
        EmailAddress email = EmailAddress.of(rawEmail);
        throttle.beforeAttempt(email, clientAddress);
        Optional<User> user = accounts.findForSignIn(email);
        boolean passwordMatches = hasher.matches(password, user.map(User::passwordHash).orElseGet(this::decoyHash));
        if (user.isEmpty() || !passwordMatches) {
            throw new Unauthenticated("invalid-credentials", "The email or password is wrong.");
        }
        throttle.succeeded(email, clientAddress);
        if (!user.get().canSignIn()) {
            throw new Forbidden("account-suspended", "This account is suspended. Contact support.");
        }
        if (hasher.needsRehash(user.get().passwordHash())) {
            accounts.upgradePasswordHash(user.get().id(), hasher.hash(password));
        }
        return sessions.start(user.get());
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("a decoy password that no account has");
        }
        return decoyHash;
    }
}
