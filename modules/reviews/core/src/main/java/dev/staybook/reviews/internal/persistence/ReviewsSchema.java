package dev.staybook.reviews.internal.persistence;

import dev.staybook.kernel.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The reviews module owns the {@code reviews} schema. */
@ApplicationScoped
public class ReviewsSchema implements ModuleSchema {

    @Override
    public String name() {
        return "reviews";
    }
}
