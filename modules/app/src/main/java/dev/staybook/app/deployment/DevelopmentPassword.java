package dev.staybook.app.deployment;

import dev.staybook.kernel.deployment.DevelopmentSetting;
import java.util.Optional;

/**
 * A password whose default in config/server.xml anyone reading the source knows. MicroProfile Config sees
 * server.xml's variables, so the configured value is compared with that default, not merely looked for.
 */
abstract class DevelopmentPassword implements DevelopmentSetting {

    private final String developmentValue;
    private final String what;
    private final String remedy;

    protected DevelopmentPassword(String developmentValue, String what, String remedy) {
        this.developmentValue = developmentValue;
        this.what = what;
        this.remedy = remedy;
    }

    /** The password configured, if any. */
    protected abstract Optional<String> configured();

    @Override
    public Optional<String> inUse() {
        Optional<String> password = configured();
        return password.isEmpty() || password.get().equals(developmentValue) ? Optional.of(what) : Optional.empty();
    }

    @Override
    public String remedy() {
        return remedy;
    }
}
