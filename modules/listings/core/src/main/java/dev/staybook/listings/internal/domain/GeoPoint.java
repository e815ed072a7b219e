package dev.staybook.listings.internal.domain;

/** A point on Earth in degrees (WGS 84). Doubles are precise enough for coordinates; never for money. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        new InputErrors()
                .check(Double.isFinite(latitude) && latitude >= -90 && latitude <= 90, "latitude", "must be between -90 and 90")
                .check(Double.isFinite(longitude) && longitude >= -180 && longitude <= 180, "longitude", "must be between -180 and 180")
                .throwIfAny("The location is invalid.");
    }
}
