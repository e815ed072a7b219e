package dev.staybook.app.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** /metrics readable with the metrics account's development password: it counts bookings and payments. */
@ApplicationScoped
public class MetricsPassword extends DevelopmentPassword {

    static final String DEVELOPMENT_PASSWORD = "dev-only-metrics-password";

    @Inject
    @ConfigProperty(name = "staybook.metrics.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "staybook.allow.development-metrics-password", defaultValue = "false")
    boolean allowed;

    public MetricsPassword() {
        super(DEVELOPMENT_PASSWORD, "the DEVELOPMENT password of the metrics account (/metrics)",
                "set STAYBOOK_METRICS_PASSWORD, or STAYBOOK_ALLOW_DEVELOPMENT_METRICS_PASSWORD=true");
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
