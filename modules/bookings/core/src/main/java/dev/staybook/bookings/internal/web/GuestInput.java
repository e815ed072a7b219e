package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the guest fields of a quote or booking request (REST or GraphQL) into {@link Guests}, with 400 and the
 * fields at fault for bad ones. {@code guests} is the earlier name of {@code adults}: a client written before the
 * breakdown sends only it, and means that many adults.
 */
public final class GuestInput {

    /** More than this in one field is not a party but a mistake; the listing's own limits come later (422). */
    public static final int MAX_PER_FIELD = 50;

    private GuestInput() {
    }

    static Guests of(GuestCounts counts) {
        return of(counts.guests(), counts.adults(), counts.children(), counts.infants(), counts.pets());
    }

    public static Guests of(Integer guests, Integer adults, Integer children, Integer infants, Integer pets) {
        adultsProblem(guests, adults).ifPresent(problem -> {
            throw new InvalidInput("The guests are invalid.", List.of(problem));
        });
        String adultsField = adults == null ? "guests" : "adults";
        int adultCount = adults == null ? guests : adults;
        List<FieldError> errors = new ArrayList<>();
        inRange(errors, adultsField, adultCount, 1);
        inRange(errors, "children", children, 0);
        inRange(errors, "infants", infants, 0);
        inRange(errors, "pets", pets, 0);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The guests are invalid.", errors);
        }
        return new Guests(adultCount, orZero(children), orZero(infants), orZero(pets));
    }

    /** Neither name of the adults, or both. */
    static Optional<FieldError> adultsProblem(Integer guests, Integer adults) {
        if (guests != null && adults != null) {
            return Optional.of(new FieldError("guests", "is the earlier name of adults: send one of them"));
        }
        if (guests == null && adults == null) {
            return Optional.of(new FieldError("adults", "must not be null"));
        }
        return Optional.empty();
    }

    private static void inRange(List<FieldError> errors, String field, Integer count, int min) {
        if (count != null && (count < min || count > MAX_PER_FIELD)) {
            errors.add(new FieldError(field, "must be between %d and %d".formatted(min, MAX_PER_FIELD)));
        }
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
