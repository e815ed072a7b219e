package dev.staybook.bookings.internal.domain;

import dev.staybook.kernel.Money;
import dev.staybook.listings.api.NightlyRate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** The price one night of a booking was booked at. */
@Embeddable
public class NightRow {

    @Column(nullable = false)
    private LocalDate night;

    @Column(nullable = false)
    private BigDecimal price;

    protected NightRow() {
        // for JPA
    }

    NightRow(NightlyRate rate) {
        this.night = rate.night();
        this.price = rate.price().amount();
    }

    NightlyRate toRate(Currency currency) {
        return new NightlyRate(night, new Money(price, currency));
    }
}
