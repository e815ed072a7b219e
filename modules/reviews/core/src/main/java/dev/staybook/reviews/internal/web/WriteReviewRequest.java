package dev.staybook.reviews.internal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A review: the guest rates the listing overall and in each aspect; the host rates the guest overall only. */
public record WriteReviewRequest(
        @NotNull @Min(1) @Max(5) Integer overall,
        @Min(1) @Max(5) Integer cleanliness,
        @Min(1) @Max(5) Integer accuracy,
        @Min(1) @Max(5) Integer communication,
        @Min(1) @Max(5) Integer location,
        @Min(1) @Max(5) Integer checkIn,
        @Min(1) @Max(5) Integer value,
        @NotBlank @Size(max = 2000) String text) {
}
