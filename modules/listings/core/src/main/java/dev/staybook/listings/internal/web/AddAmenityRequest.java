package dev.staybook.listings.internal.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new catalogue entry; the domain checks each field (Amenity), and the contract says the same rules. */
public record AddAmenityRequest(
        @Schema(required = true, pattern = "^[a-z][a-z0-9_]{1,39}$", example = "hot_tub") String code,
        @Schema(required = true, minLength = 1, maxLength = 80, example = "Hot tub") String name,
        @Schema(required = true, pattern = "^[a-z][a-z0-9_]{1,39}$", example = "outdoor") String category) {
}
