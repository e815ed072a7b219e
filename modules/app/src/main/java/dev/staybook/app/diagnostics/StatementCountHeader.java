package dev.staybook.app.diagnostics;

import dev.staybook.kernel.deployment.TestAid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link StatementCountFilter} on: every answer tells its caller how many statements it cost. */
@ApplicationScoped
public class StatementCountHeader extends TestAid {

    @Inject
    @ConfigProperty(name = "staybook.diagnostics.statement-count", defaultValue = "false")
    boolean on;

    @Override
    public boolean on() {
        return on;
    }

    @Override
    protected String does() {
        return "tells every caller how many SQL statements their request ran (X-Statement-Count)";
    }

    @Override
    protected String variable() {
        return "STAYBOOK_DIAGNOSTICS_STATEMENT_COUNT";
    }
}
