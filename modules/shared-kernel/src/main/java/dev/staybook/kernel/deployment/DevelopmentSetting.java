package dev.staybook.kernel.deployment;

import java.util.Optional;

/**
 * A default that makes a developer's machine work without configuration but is unsafe anywhere else: a
 * password everybody can read in the source, a signing key generated on the spot, a payment gateway that
 * approves everything. Each module that has one provides it as a CDI bean; in production mode the server
 * refuses to start while any is in use and not explicitly allowed (STAYBOOK_MODE, README "Production mode").
 */
public interface DevelopmentSetting {

    /** What is in use, said for the log (empty when the production setting is configured). */
    Optional<String> inUse();

    /** Whether the operator explicitly allowed it in production. */
    boolean allowedInProduction();

    /** The variable that configures the production setting instead, and the one that allows this default. */
    String remedy();
}
