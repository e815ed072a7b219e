package dev.staybook.app;

import dev.staybook.kernel.SchemasMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Warns at start-up while the batch management REST API still uses the development-only operator
 * password from config/server.xml, which anyone reading the source knows.
 */
@ApplicationScoped
public class OperatorPasswordCheck {

    private static final Logger LOG = Logger.getLogger(OperatorPasswordCheck.class.getName());

    @Inject
    @ConfigProperty(name = "staybook.batch.operator.password")
    Optional<String> operatorPassword;

    void check(@Observes SchemasMigrated started) {
        if (operatorPassword.isEmpty()) {
            LOG.warning("The batch management API (/ibm/api/batch) uses the DEVELOPMENT operator password. "
                    + "Set STAYBOOK_BATCH_OPERATOR_PASSWORD outside a developer machine.");
        }
    }
}
