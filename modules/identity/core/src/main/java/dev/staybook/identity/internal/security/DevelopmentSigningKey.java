package dev.staybook.identity.internal.security;

import dev.staybook.kernel.deployment.DevelopmentSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens signed with a key generated on this machine: fine for one developer, but anyone who can read the
 * server directory can mint tokens, and other instances reject them. Production configures a key instead.
 */
@ApplicationScoped
public class DevelopmentSigningKey implements DevelopmentSetting {

    @Inject
    @ConfigProperty(name = "staybook.allow.development-signing-key", defaultValue = "false")
    boolean allowed;

    @Override
    public Optional<String> inUse() {
        return SigningKeys.isDevelopmentKey() ? Optional.of("a DEVELOPMENT token signing key generated on this machine") : Optional.empty();
    }

    @Override
    public boolean allowedInProduction() {
        return allowed;
    }

    @Override
    public String remedy() {
        return "set STAYBOOK_JWT_PRIVATE_KEY_FILE (or STAYBOOK_JWT_PRIVATE_KEY), or STAYBOOK_ALLOW_DEVELOPMENT_SIGNING_KEY=true";
    }
}
