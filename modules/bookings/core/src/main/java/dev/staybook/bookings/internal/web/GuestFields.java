package dev.staybook.bookings.internal.web;

/** The OpenAPI descriptions of the guest fields, shared by requests and responses so they say the same. */
final class GuestFields {

    static final String GUESTS = "The earlier name of adults, still accepted: send adults or guests, not both.";
    static final String COUNTED = "Adults + children: the guests counted against the listing's maximum.";
    static final String ADULTS = "Adults (13 and over); at least 1. Required unless guests is sent.";
    static final String CHILDREN = "Children (2 to 12); they count against the listing's maximum guests. Default 0.";
    static final String INFANTS = "Infants (under 2); they do not count against the listing's maximum guests, "
            + "at most 5 a booking. Default 0.";
    static final String PETS = "Pets; only where the listing allows them (houseRules.petsAllowed), at most 5 a "
            + "booking. Default 0.";

    private GuestFields() {
    }
}
