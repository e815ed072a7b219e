package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The listings module owns the {@code listings} schema. */
@ApplicationScoped
public class ListingsSchema implements ModuleSchema {

    @Override
    public String name() {
        return "listings";
    }
}
