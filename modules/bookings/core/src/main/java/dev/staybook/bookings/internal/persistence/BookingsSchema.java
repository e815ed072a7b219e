package dev.staybook.bookings.internal.persistence;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The bookings module owns the {@code bookings} schema. */
@ApplicationScoped
public class BookingsSchema implements ModuleSchema {

    @Override
    public String name() {
        return "bookings";
    }
}
