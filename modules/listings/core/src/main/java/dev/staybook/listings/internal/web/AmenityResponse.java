package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.Amenity;

/** An amenity of the catalogue. */
public record AmenityResponse(String code, String name, String category) {

    static AmenityResponse of(Amenity amenity) {
        return new AmenityResponse(amenity.code(), amenity.name(), amenity.category());
    }
}
