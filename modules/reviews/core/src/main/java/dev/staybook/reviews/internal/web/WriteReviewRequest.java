package dev.staybook.reviews.internal.web;

import dev.staybook.reviews.internal.domain.Stars;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review: the guest rates the listing overall and in each aspect; the host rates the guest overall only. The text is
 * checked by {@link Stars} alone, the rule GraphQL follows too (code points after stripping).
 */
public record WriteReviewRequest(
        @NotNull @Min(1) @Max(5) Integer overall,
        @Min(1) @Max(5) Integer cleanliness,
        @Min(1) @Max(5) Integer accuracy,
        @Min(1) @Max(5) Integer communication,
        @Min(1) @Max(5) Integer location,
        @Min(1) @Max(5) Integer checkIn,
        @Min(1) @Max(5) Integer value,
        @Schema(required = true, maxLength = Stars.MAX_TEXT, pattern = "\\S") String text) {
}
