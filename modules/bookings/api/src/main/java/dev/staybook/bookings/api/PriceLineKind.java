package dev.staybook.bookings.api;

/**
 * The parts of a price. The guest pays every kind but HOST_SERVICE_FEE, which is deducted from the
 * host's payout instead.
 */
public enum PriceLineKind {
    ACCOMMODATION,
    LENGTH_OF_STAY_DISCOUNT,
    CLEANING_FEE,
    GUEST_SERVICE_FEE,
    TAXES,
    HOST_SERVICE_FEE;

    public boolean isPaidByGuest() {
        return this != HOST_SERVICE_FEE;
    }
}
