package dev.staybook.bookings.api;

import dev.staybook.kernel.Money;
import java.util.Objects;

/** One line of a quote, a booking's price or a refund: what it is for and how much. */
public record PriceLine(PriceLineKind kind, String description, Money amount) {

    public PriceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
