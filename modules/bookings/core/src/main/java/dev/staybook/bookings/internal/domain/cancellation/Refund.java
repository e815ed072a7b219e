package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.kernel.Money;
import java.util.List;

/** What a cancellation gives back to the guest, line by line, and what the host still earns. */
public record Refund(List<PriceLine> lines, Money total, Money hostPayout, String rule) {

    public Refund {
        lines = List.copyOf(lines);
    }
}
