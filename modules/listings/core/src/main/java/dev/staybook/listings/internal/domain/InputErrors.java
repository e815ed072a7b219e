package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bad fields of one input, collected so that a request learns about all of them at once instead
 * of fixing one per round trip. Nested values report under their prefix ({@code address.city}). At most
 * {@link #MOST_KEPT} are kept: more than a form could show, and bounded whatever a body holds (300,000 bad array
 * elements in a 600 KB body, each an error, filled the server's heap).
 */
public final class InputErrors {

    static final int MOST_KEPT = 100;

    private final List<FieldError> errors = new ArrayList<>();

    public InputErrors add(String field, String message) {
        if (errors.size() < MOST_KEPT) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Adds the error unless the condition holds. */
    public InputErrors check(boolean valid, String field, String message) {
        return valid ? this : add(field, message);
    }

    /** Builds a self-validating value; its errors are kept under {@code prefix} and null is returned. */
    public <T> T nested(String prefix, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(e -> add(prefix.isEmpty() ? e.field() : prefix + "." + e.field(), e.message()));
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(detail, errors);
        }
    }
}
