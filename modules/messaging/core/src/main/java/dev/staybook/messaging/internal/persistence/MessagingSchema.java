package dev.staybook.messaging.internal.persistence;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The messaging module owns the {@code messaging} schema. */
@ApplicationScoped
public class MessagingSchema implements ModuleSchema {

    @Override
    public String name() {
        return "messaging";
    }
}
