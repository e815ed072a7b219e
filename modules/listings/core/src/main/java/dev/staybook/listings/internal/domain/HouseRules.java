package dev.staybook.listings.internal.domain;

/** What guests may do in the place, plus the host's own words. */
public record HouseRules(boolean petsAllowed, boolean smokingAllowed, boolean eventsAllowed, String additionalRules) {

    public static final HouseRules STRICT = new HouseRules(false, false, false, null);

    public HouseRules {
        additionalRules = Text.optional(additionalRules);
        new InputErrors()
                .check(additionalRules == null || additionalRules.length() <= 2000, "additionalRules", "must be at most 2000 characters")
                .throwIfAny("The house rules are invalid.");
    }
}
