package dev.staybook.bookings.internal.web;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.listings.api.ListingId;
import java.time.LocalDate;
import java.util.List;

/** Turns the listing id and dates of a quote or booking request into values, with 400/404 for bad ones. */
public final class StayInput {

    static final int MAX_NIGHTS = 365;

    private StayInput() {
    }

    public static ListingId listing(String id) {
        if (id == null) {
            throw InvalidInput.field("listingId", "must not be null");
        }
        try {
            return ListingId.parse(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("listing-not-found", "There is no such listing.");
        }
    }

    public static DateRange stay(LocalDate checkIn, LocalDate checkOut) {
        if (!checkOut.isAfter(checkIn)) {
            throw new InvalidInput("The stay's dates are invalid.", List.of(new FieldError("checkOut", "must be after checkIn")));
        }
        DateRange stay = new DateRange(checkIn, checkOut);
        if (stay.nights() > MAX_NIGHTS) {
            throw new InvalidInput("The stay's dates are invalid.",
                    List.of(new FieldError("checkOut", "a stay is at most %d nights".formatted(MAX_NIGHTS))));
        }
        return stay;
    }
}
