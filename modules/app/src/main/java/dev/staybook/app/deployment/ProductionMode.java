package dev.staybook.app.deployment;

import dev.staybook.kernel.deployment.DevelopmentSetting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secure choice is the default: {@code STAYBOOK_MODE} is {@code production} unless set to {@code development}
 * (which {@code mvn -Pserve}, dev mode and the system tests do). In production the application refuses to start,
 * before anything else runs, while a development setting of any module is in use and not explicitly allowed;
 * the log names each one and how to replace it. In development each is only a warning.
 */
@ApplicationScoped
public class ProductionMode {

    private static final Logger LOG = Logger.getLogger(ProductionMode.class.getName());

    @Inject
    @ConfigProperty(name = "staybook.mode", defaultValue = "production")
    String mode;
    @Inject
    Instance<DevelopmentSetting> settings;

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        boolean production = isProduction(mode);
        List<String> refused = new ArrayList<>();
        for (DevelopmentSetting setting : settings) {
            setting.inUse().ifPresent(what -> {
                if (production && !setting.allowedInProduction()) {
                    LOG.severe(() -> "Production mode refuses " + what + ": " + setting.remedy() + ".");
                    refused.add(what);
                } else {
                    LOG.warning(() -> "Using " + what + (production ? " (allowed in production)" : "") + ": " + setting.remedy() + ".");
                }
            });
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Staybook refuses to start in production mode with " + String.join(", ", refused)
                    + ". See the log lines above, or set STAYBOOK_MODE=development on a developer machine.");
        }
    }

    /** Only the exact word development leaves production mode: a typo must not switch the protections off. */
    static boolean isProduction(String mode) {
        String normalized = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals("production") && !normalized.equals("development")) {
            LOG.severe(() -> "STAYBOOK_MODE is '" + mode + "', neither production nor development: running as production");
        }
        return !normalized.equals("development");
    }
}
