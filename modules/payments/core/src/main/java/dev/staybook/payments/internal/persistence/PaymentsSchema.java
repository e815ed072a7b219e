package dev.staybook.payments.internal.persistence;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The payments module owns the {@code payments} schema. */
@ApplicationScoped
public class PaymentsSchema implements ModuleSchema {

    @Override
    public String name() {
        return "payments";
    }
}
