package dev.staybook.app.deployment;

import dev.staybook.kernel.deployment.DevelopmentSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * /metrics readable with the metrics account's password from config/server.xml's default, which anyone reading the
 * source knows: it counts bookings and payments, which are nobody else's business.
 */
@ApplicationScoped
public class MetricsPassword implements DevelopmentSetting {

    static final String DEVELOPMENT_PASSWORD = "dev-only-metrics-password";

    @Inject
    @ConfigProperty(name = "staybook.metrics.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "staybook.allow.development-metrics-password", defaultValue = "false")
    boolean allowed;

    @Override
    public Optional<String> inUse() {
        return password.isEmpty() || password.get().equals(DEVELOPMENT_PASSWORD)
                ? Optional.of("the DEVELOPMENT password of the metrics account (/metrics)")
                : Optional.empty();
    }

    @Override
    public boolean allowedInProduction() {
        return allowed;
    }

    @Override
    public String remedy() {
        return "set STAYBOOK_METRICS_PASSWORD, or STAYBOOK_ALLOW_DEVELOPMENT_METRICS_PASSWORD=true";
    }
}
