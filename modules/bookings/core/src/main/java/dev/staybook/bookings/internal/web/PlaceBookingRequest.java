package dev.staybook.bookings.internal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record PlaceBookingRequest(@NotNull String listingId, @NotNull LocalDate checkIn, @NotNull LocalDate checkOut,
                                  @NotNull @Min(1) @Max(50) Integer guests, @Size(max = 2000) String message) {
}
