package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.internal.application.QuoteService;
import dev.staybook.bookings.internal.domain.Quote;
import dev.staybook.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a stay would cost the guest, line by line, and under which cancellation policy. */
@Schema(requiredProperties = {"listingId", "checkIn", "checkOut", "nights", "guests", "adults", "children", "infants", "pets",
        "nightlyRates", "lines", "total", "cancellationPolicy"})
public record QuoteResponse(@Schema(format = "uuid") String listingId, LocalDate checkIn, LocalDate checkOut, long nights,
                            @Schema(description = GuestFields.COUNTED) int guests, int adults, int children, int infants, int pets,
                            List<Night> nightlyRates, List<PriceLineResponse> lines, Money total,
                            PolicyResponse cancellationPolicy) {

    /** The price of one night. */
    @Schema(requiredProperties = {"date", "price"})
    public record Night(LocalDate date, Money price) {
    }

    static QuoteResponse of(QuoteService.QuotedStay quoted) {
        Quote quote = quoted.quote();
        return new QuoteResponse(quoted.listing().id().toString(), quote.stay().checkIn(), quote.stay().checkOut(),
                quote.stay().nights(), quote.guests().counted(), quote.guests().adults(), quote.guests().children(),
                quote.guests().infants(), quote.guests().pets(),
                quote.nights().stream().map(n -> new Night(n.night(), n.price())).toList(),
                PriceLineResponse.of(quote.lines(), false), quote.guestTotal(),
                new PolicyResponse(quoted.policy().version().name().name(), quoted.policy().version().version(),
                        quoted.policy().summary()));
    }
}
