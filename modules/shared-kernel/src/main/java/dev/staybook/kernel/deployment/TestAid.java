package dev.staybook.kernel.deployment;

import java.util.Optional;

/**
 * A switch only the system tests turn on (a fault to inject, a diagnostic header, a loopback port for a stub server):
 * harmless off, unsafe on in production, so production mode refuses it and nothing allows it there.
 */
public abstract class TestAid implements DevelopmentSetting {

    /** Whether the switch is on: what the code it governs asks, so that the setting is read in one place. */
    public abstract boolean on();

    /** What it does, said for the log. */
    protected abstract String does();

    /** The environment variable that turns it on. */
    protected abstract String variable();

    @Override
    public Optional<String> inUse() {
        return on() ? Optional.of("the TEST AID " + variable() + ", which " + does()) : Optional.empty();
    }

    @Override
    public boolean allowedInProduction() {
        return false;
    }

    @Override
    public String remedy() {
        return "unset " + variable() + " (system tests only)";
    }
}
