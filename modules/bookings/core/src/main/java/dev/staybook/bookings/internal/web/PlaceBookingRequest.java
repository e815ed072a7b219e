package dev.staybook.bookings.internal.web;

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
                                  @Size(max = 2000) String message) implements GuestCounts {
}
