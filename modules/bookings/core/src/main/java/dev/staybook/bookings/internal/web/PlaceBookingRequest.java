package dev.staybook.bookings.internal.web;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.input.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to book; the guest fields as in {@link QuoteRequest}. */
public record PlaceBookingRequest(@NotNull String listingId, @NotNull LocalDate checkIn, @NotNull LocalDate checkOut,
                                  @Schema(deprecated = true, description = GuestFields.GUESTS) @Min(1) @Max(GuestInput.MAX_PER_FIELD) Integer guests,
                                  @Schema(description = GuestFields.ADULTS) @Min(1) @Max(GuestInput.MAX_PER_FIELD) Integer adults,
                                  @Schema(description = GuestFields.CHILDREN) @Min(0) @Max(GuestInput.MAX_PER_FIELD) Integer children,
                                  @Schema(description = GuestFields.INFANTS) @Min(0) @Max(GuestInput.MAX_PER_FIELD) Integer infants,
                                  @Schema(description = GuestFields.PETS) @Min(0) @Max(GuestInput.MAX_PER_FIELD) Integer pets,
                                  @Schema(description = MESSAGE) @Size(max = 2000) String message,
                                  @Schema(description = EXPECTED_TOTAL) @Valid ExpectedTotal expectedTotal) implements GuestCounts {

    public static final String MESSAGE = "What the guest writes to the host with the booking (arrival time, questions): it opens "
            + "the booking's conversation, where the host reads and answers it.";
    public static final String EXPECTED_TOTAL = "The total the guest was shown (a quote's total): if the stay now costs anything else "
            + "(the host changed the price, fees or dates' prices meanwhile), nothing is booked and the answer is 409 price-changed, with the new total. "
            + "Left out: the booking takes the current total.";

    /** Money as clients write it: {"amount": "136.40", "currency": "EUR"}. */
    public record ExpectedTotal(@NotNull String amount, @NotNull String currency) {

        Money money() {
            return MoneyInput.money("expectedTotal", amount, currency);
        }
    }

    /** The expected total, or null when the client sent none. */
    Money expectedMoney() {
        return expectedTotal == null ? null : expectedTotal.money();
    }
}
