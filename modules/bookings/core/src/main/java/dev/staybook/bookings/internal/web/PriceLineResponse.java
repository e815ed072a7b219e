package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price line as clients see it. */
@Schema(requiredProperties = {"kind", "description", "amount"})
public record PriceLineResponse(PriceLineKind kind, String description, Money amount) {

    static List<PriceLineResponse> of(List<PriceLine> lines, boolean includeHostLines) {
        return lines.stream().filter(l -> includeHostLines || l.kind().isPaidByGuest())
                .map(l -> new PriceLineResponse(l.kind(), l.description(), l.amount())).toList();
    }
}
