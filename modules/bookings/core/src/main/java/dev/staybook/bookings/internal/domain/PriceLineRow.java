package dev.staybook.bookings.internal.domain;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Currency;

/** A stored price line; its currency is the booking's. */
@Embeddable
public class PriceLineRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PriceLineKind kind;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal amount;

    protected PriceLineRow() {
        // for JPA
    }

    PriceLineRow(PriceLine line) {
        this.kind = line.kind();
        this.description = line.description();
        this.amount = line.amount().amount();
    }

    PriceLine toLine(Currency currency) {
        return new PriceLine(kind, description, new Money(amount, currency));
    }
}
