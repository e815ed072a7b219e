package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.internal.domain.StayRequirements;

/** The descriptions of the guest fields, shared by REST (OpenAPI) and GraphQL so that both say the same. */
public final class GuestFields {

    public static final String GUESTS = "The earlier name of adults, still accepted: send adults or guests, not both.";
    public static final String COUNTED = "Adults + children: the guests counted against the listing's maximum.";
    public static final String ADULTS = "Adults (13 and over); at least 1. Required unless guests is sent.";
    public static final String CHILDREN = "Children (2 to 12); they count against the listing's maximum guests. Default 0.";
    public static final String INFANTS = "Infants (under 2); they do not count against the listing's maximum guests, "
            + "at most " + StayRequirements.MAX_INFANTS + " a booking. Default 0.";
    public static final String PETS = "Pets; only where the listing allows them (houseRules.petsAllowed), at most "
            + StayRequirements.MAX_PETS + " a booking. Default 0.";

    private GuestFields() {
    }
}
