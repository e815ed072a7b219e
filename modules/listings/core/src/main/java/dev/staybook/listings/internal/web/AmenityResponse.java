package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.Amenity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amenity of the catalogue. */
@Schema(requiredProperties = {"code", "name", "category"})
public record AmenityResponse(String code, String name, String category) {

    static AmenityResponse of(Amenity amenity) {
        return new AmenityResponse(amenity.code(), amenity.name(), amenity.category());
    }
}
