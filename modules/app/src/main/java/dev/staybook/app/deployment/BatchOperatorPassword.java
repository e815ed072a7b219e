package dev.staybook.app.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The batch management REST API (/ibm/api/batch, which can start payouts) with the operator's development password. */
@ApplicationScoped
public class BatchOperatorPassword extends DevelopmentPassword {

    static final String DEVELOPMENT_PASSWORD = "dev-only-batch-password";

    @Inject
    @ConfigProperty(name = "staybook.batch.operator.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "staybook.allow.development-batch-password", defaultValue = "false")
    boolean allowed;

    public BatchOperatorPassword() {
        super(DEVELOPMENT_PASSWORD, "the DEVELOPMENT password of the batch operator (/ibm/api/batch can start payouts)",
                "set STAYBOOK_BATCH_OPERATOR_PASSWORD, or STAYBOOK_ALLOW_DEVELOPMENT_BATCH_PASSWORD=true");
    }

    @Override
    protected Optional<String> configured() {
        return password;
    }

    @Override
    public boolean allowedInProduction() {
        return allowed;
    }
}
