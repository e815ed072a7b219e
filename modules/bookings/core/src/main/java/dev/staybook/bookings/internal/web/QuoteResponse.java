package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.internal.application.QuoteService;
import dev.staybook.bookings.internal.domain.Quote;
import dev.staybook.kernel.Money;
import java.time.LocalDate;
import java.util.List;

/** What a stay would cost the guest, line by line, and under which cancellation policy. */
public record QuoteResponse(String listingId, LocalDate checkIn, LocalDate checkOut, long nights, int guests,
                            List<Night> nightlyRates, List<PriceLineResponse> lines, Money total,
                            PolicyResponse cancellationPolicy) {

    /** The price of one night. */
    public record Night(LocalDate date, Money price) {
    }

    static QuoteResponse of(QuoteService.QuotedStay quoted) {
        Quote quote = quoted.quote();
        return new QuoteResponse(quoted.listing().id().toString(), quote.stay().checkIn(), quote.stay().checkOut(),
                quote.stay().nights(), quote.guests(),
                quote.nights().stream().map(n -> new Night(n.night(), n.price())).toList(),
                PriceLineResponse.of(quote.lines(), false), quote.guestTotal(),
                new PolicyResponse(quoted.policy().version().name().name(), quoted.policy().version().version(),
                        quoted.policy().summary()));
    }
}
