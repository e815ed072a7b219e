package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.kernel.Money;
import java.util.List;

/** A price line as clients see it. */
public record PriceLineResponse(String kind, String description, Money amount) {

    static List<PriceLineResponse> of(List<PriceLine> lines, boolean includeHostLines) {
        return lines.stream().filter(l -> includeHostLines || l.kind().isPaidByGuest())
                .map(l -> new PriceLineResponse(l.kind().name(), l.description(), l.amount())).toList();
    }
}
