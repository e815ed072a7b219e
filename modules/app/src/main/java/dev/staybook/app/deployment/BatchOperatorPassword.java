package dev.staybook.app.deployment;

import dev.staybook.kernel.deployment.DevelopmentSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The batch management REST API (/ibm/api/batch, which can start payouts) with the operator password from
 * config/server.xml's default, which anyone reading the source knows. MicroProfile Config sees server.xml's
 * variables, so the value is compared, not merely looked for.
 */
@ApplicationScoped
public class BatchOperatorPassword implements DevelopmentSetting {

    static final String DEVELOPMENT_PASSWORD = "dev-only-batch-password";

    @Inject
    @ConfigProperty(name = "staybook.batch.operator.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "staybook.allow.development-batch-password", defaultValue = "false")
    boolean allowed;

    @Override
    public Optional<String> inUse() {
        return password.isEmpty() || password.get().equals(DEVELOPMENT_PASSWORD)
                ? Optional.of("the DEVELOPMENT password of the batch operator (/ibm/api/batch can start payouts)")
                : Optional.empty();
    }

    @Override
    public boolean allowedInProduction() {
        return allowed;
    }

    @Override
    public String remedy() {
        return "set STAYBOOK_BATCH_OPERATOR_PASSWORD, or STAYBOOK_ALLOW_DEVELOPMENT_BATCH_PASSWORD=true";
    }
}
