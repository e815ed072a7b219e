package dev.staybook.notifications.internal.persistence;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The notifications module owns the {@code notifications} schema. */
@ApplicationScoped
public class NotificationsSchema implements ModuleSchema {

    @Override
    public String name() {
        return "notifications";
    }
}
