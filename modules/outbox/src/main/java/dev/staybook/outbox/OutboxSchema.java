package dev.staybook.outbox;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The library's own schema, {@code outbox}: events and their deliveries, migrated like a module's. */
@ApplicationScoped
public class OutboxSchema implements ModuleSchema {

    @Override
    public String name() {
        return "outbox";
    }
}
