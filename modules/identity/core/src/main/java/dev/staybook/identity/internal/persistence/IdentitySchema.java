package dev.staybook.identity.internal.persistence;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The identity module owns the {@code identity} schema. */
@ApplicationScoped
public class IdentitySchema implements ModuleSchema {

    @Override
    public String name() {
        return "identity";
    }
}
