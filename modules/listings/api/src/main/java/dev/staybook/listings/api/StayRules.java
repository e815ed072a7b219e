package dev.staybook.listings.api;

/**
 * Which stays a listing accepts: between {@code minNights} and {@code maxNights} nights, starting at
 * least {@code advanceNoticeDays} days after today (in the listing's time zone), with
 * {@code preparationDays} kept free before and after every booked stay.
 */
public record StayRules(int minNights, int maxNights, int advanceNoticeDays, int preparationDays) {

    public StayRules {
        if (minNights < 1 || maxNights < minNights || advanceNoticeDays < 0 || preparationDays < 0) {
            throw new IllegalArgumentException("invalid stay rules: %d..%d nights, %d notice, %d preparation"
                    .formatted(minNights, maxNights, advanceNoticeDays, preparationDays));
        }
    }

    public boolean allowsNights(long nights) {
        return nights >= minNights && nights <= maxNights;
    }
}
