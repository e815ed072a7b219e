package dev.staybook.bookings.internal.domain;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Who comes on a stay: adults, children (2 to 12), infants (under 2) and pets. Adults and children count
 * against a listing's maximum number of guests; infants and pets do not (pets have rules of their own).
 */
public record Guests(int adults, int children, int infants, int pets) {

    public Guests {
        List<FieldError> errors = new ArrayList<>();
        if (adults < 1) {
            errors.add(new FieldError("adults", "must be at least 1"));
        }
        atLeastZero(errors, "children", children);
        atLeastZero(errors, "infants", infants);
        atLeastZero(errors, "pets", pets);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The guests are invalid.", errors);
        }
    }

    /** Adults only: what a request with the single number of guests meant before children, infants and pets. */
    public static Guests adults(int adults) {
        return new Guests(adults, 0, 0, 0);
    }

    /** The people who count against the listing's maximum: infants sleep in a parent's bed or a cot. */
    public int counted() {
        return adults + children;
    }

    public boolean adultsOnly() {
        return children == 0 && infants == 0 && pets == 0;
    }

    private static void atLeastZero(List<FieldError> errors, String field, int count) {
        if (count < 0) {
            errors.add(new FieldError(field, "must be at least 0"));
        }
    }
}
