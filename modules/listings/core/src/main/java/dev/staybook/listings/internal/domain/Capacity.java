package dev.staybook.listings.internal.domain;

import java.math.BigDecimal;

/** How many people the place sleeps and what it has for them; bathrooms count in halves (1.5). */
public record Capacity(int guests, int bedrooms, int beds, BigDecimal bathrooms) {

    private static final BigDecimal MAX_BATHROOMS = BigDecimal.valueOf(50);

    public Capacity {
        new InputErrors()
                .check(guests >= 1 && guests <= 50, "guests", "must be between 1 and 50")
                .check(bedrooms >= 0 && bedrooms <= 50, "bedrooms", "must be between 0 and 50")
                .check(beds >= 1 && beds <= 100, "beds", "must be between 1 and 100")
                .check(bathrooms != null && bathrooms.signum() >= 0 && bathrooms.compareTo(MAX_BATHROOMS) <= 0
                        && bathrooms.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0,
                        "bathrooms", "must be between 0 and 50 in steps of 0.5")
                .throwIfAny("The capacity is invalid.");
        bathrooms = bathrooms.setScale(1);
    }
}
