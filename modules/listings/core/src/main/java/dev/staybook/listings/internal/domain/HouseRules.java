package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.input.FreeText;

/** What guests may do in the place, plus the host's own words. */
public record HouseRules(boolean petsAllowed, boolean smokingAllowed, boolean eventsAllowed, String additionalRules) {

    public static final HouseRules STRICT = new HouseRules(false, false, false, null);

    public HouseRules {
        additionalRules = Text.optional(additionalRules);
        new InputErrors()
                .check(additionalRules == null || additionalRules.length() <= 2000, "additionalRules", "must be at most 2000 characters")
                .check(FreeText.isMultiLine(additionalRules), "additionalRules", FreeText.multiLineMessage())
                .throwIfAny("The house rules are invalid.");
    }
}
