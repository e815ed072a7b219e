package dev.staybook.bookings.internal.domain;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.NightlyRate;
import java.util.List;

/**
 * The price of a stay, line by line. The guest pays {@link #guestTotal()} (every line the guest pays
 * for); the host earns {@link #hostPayout()} (the subtotal minus the host service fee). A booking
 * charges exactly its quote: the lines are stored on it.
 */
public record Quote(DateRange stay, Guests guests, List<NightlyRate> nights, List<PriceLine> lines,
                    Money guestTotal, Money hostPayout) {

    public Quote {
        nights = List.copyOf(nights);
        lines = List.copyOf(lines);
    }

    public Money line(PriceLineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(PriceLine::amount).findFirst()
                .orElse(Money.zero(guestTotal.currency()));
    }
}
