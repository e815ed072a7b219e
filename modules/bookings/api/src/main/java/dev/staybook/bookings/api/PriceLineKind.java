package dev.staybook.bookings.api;

/**
 * The parts of a price. The guest pays every kind but HOST_SERVICE_FEE, which is deducted from the
 * host's payout instead. A refund's lines use the same kinds, and one of its own: SUPPORT_REFUNDS, the negative
 * line of what support had already paid back before the cancellation, counted towards its refund.
 */
public enum PriceLineKind {
    ACCOMMODATION,
    LENGTH_OF_STAY_DISCOUNT,
    CLEANING_FEE,
    GUEST_SERVICE_FEE,
    TAXES,
    HOST_SERVICE_FEE,
    SUPPORT_REFUNDS;

    public boolean isPaidByGuest() {
        return this != HOST_SERVICE_FEE;
    }
}
