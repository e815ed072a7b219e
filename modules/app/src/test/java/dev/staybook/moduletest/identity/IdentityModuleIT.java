package dev.staybook.moduletest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.staybook.cache.InProcessRateCounter;
import dev.staybook.cache.RateCounter;
import dev.staybook.cache.RateCounters;
import dev.staybook.cache.RateLimit;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.event.UserRegistered;
import dev.staybook.identity.internal.application.AccountService;
import dev.staybook.identity.internal.application.SignInService;
import dev.staybook.identity.internal.application.SignedIn;
import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.persistence.JpaUserRepository;
import dev.staybook.identity.internal.security.AccessTokenIssuer;
import dev.staybook.kernel.error.Unauthenticated;
import dev.staybook.moduletest.support.MicroDeployment;
import dev.staybook.moduletest.support.ModuleTest;
import dev.staybook.moduletest.support.Rows;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.UUID;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Identity with nothing of the other modules and nothing of the app: accounts in its own schema, Argon2id hashes,
 * sign-in against them, access tokens signed with the server's key, and UserRegistered in the outbox. Rate
 * counters are the in-process ones (no Redis), as on a single instance.
 */
@ModuleTest
class IdentityModuleIT {

    private static final String PASSWORD = "a module test password";
    private static final String CLIENT = "192.0.2.10";

    @Deployment
    static WebArchive identityAlone() {
        return MicroDeployment.of("identity")
                .packages(AccountService.class, User.class, JpaUserRepository.class, AccessTokenIssuer.class,
                        UserId.class, UserRegistered.class)
                .classes(RateCounter.class, RateCounters.class, RateLimit.class, InProcessRateCounter.class, InProcessCounters.class)
                .resources(User.class, "common-passwords.txt")
                .libraries(SignedJWT.class, Argon2BytesGenerator.class)
                .persistenceUnit("identity")
                // what the app's microprofile-config.properties says, for the tokens' issuer and audience
                .config("mp.jwt.verify.issuer", "https://staybook.dev", "mp.jwt.verify.audiences", "staybook-api")
                .archive();
    }

    @Inject
    AccountService accounts;
    @Inject
    SignInService signIn;
    @Inject
    Rows rows;

    private final String email = "module-" + UUID.randomUUID() + "@it.staybook.test";

    @AfterEach
    void removeTheAccount() {
        rows.update("DELETE FROM outbox.events WHERE aggregate_id IN (SELECT id FROM identity.users WHERE email = ?)", email);
        rows.update("DELETE FROM identity.users WHERE email = ?", email);
    }

    @Test
    void registersAnAccountWithAnArgon2HashAndAnnouncesIt() {
        User user = register(email);

        assertTrue(rows.text("SELECT password_hash FROM identity.users WHERE id = ?", user.id().value()).startsWith("$argon2id$"));
        assertEquals(1, rows.number("SELECT count(*) FROM outbox.events WHERE aggregate_id = ? AND event_type = 'UserRegistered'",
                user.id().value()));
    }

    @Test
    void signsInWithTheRightPasswordOnlyAndSignsTheTokenForTheAccount() throws ParseException {
        User user = register(email);

        SignedIn signedIn = signIn.signIn(email, PASSWORD, CLIENT);

        assertEquals(user.id().toString(), SignedJWT.parse(signedIn.accessToken()).getJWTClaimsSet().getSubject());
        assertThrows(Unauthenticated.class, () -> signIn.signIn(email, "not the password at all", CLIENT));
    }

    @Test
    void aSecondRegistrationOfTheSameEmailCreatesNothingAndTellsTheOwner() {
        User owner = register(email);

        accounts.register(email.toUpperCase(), PASSWORD, "Someone Else", CLIENT);

        assertEquals(1, rows.number("SELECT count(*) FROM identity.users WHERE lower(email) = lower(?)", email));
        assertEquals("Module Tester", rows.text("SELECT name FROM identity.users WHERE id = ?", owner.id().value()));
        assertEquals(1, rows.number(
                "SELECT count(*) FROM outbox.events WHERE aggregate_id = ? AND event_type = 'DuplicateRegistrationAttempted'",
                owner.id().value()));
    }

    private User register(String address) {
        accounts.register(address, PASSWORD, "Module Tester", CLIENT);
        return accounts.findForSignIn(EmailAddress.of(address)).orElseThrow();
    }
}
