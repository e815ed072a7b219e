package dev.staybook.identity.internal.application;

import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.domain.PasswordHasher;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.kernel.SchemasMigrated;
import dev.staybook.kernel.UuidV7;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from operator configuration ({@code STAYBOOK_ADMIN_EMAIL} and
 * {@code STAYBOOK_ADMIN_PASSWORD}) when no account has that email yet. Runs after migrations. An
 * existing account is never promoted: registering the email first must not grant anything.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    UserRepository users;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.admin.email")
    Optional<String> email;
    @Inject
    @ConfigProperty(name = "staybook.admin.password")
    Optional<String> password;

    @Transactional
    void createAdministrator(@Observes SchemasMigrated migrated) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        EmailAddress address = EmailAddress.of(email.get());
        if (users.existsByEmail(address)) {
            return;
        }
        Instant now = clock.instant();
        users.add(User.administrator(UuidV7.generate(now), address, hasher.hash(password.get()), "Administrator", now));
        LOG.info(() -> "Created the administrator account " + address);
    }
}
