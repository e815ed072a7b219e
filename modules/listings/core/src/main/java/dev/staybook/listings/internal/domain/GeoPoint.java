package dev.staybook.listings.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A point on Earth in degrees (WGS 84). Doubles are precise enough for coordinates; never for money. */
public record GeoPoint(double latitude, double longitude) {

    /** Decimals of a degree kept by {@link #approximate()}: 0.01 degree is 1.1 km of latitude. */
    public static final int APPROXIMATE_DECIMALS = 2;

    public GeoPoint {
        new InputErrors()
                .check(Double.isFinite(latitude) && latitude >= -90 && latitude <= 90, "latitude", "must be between -90 and 90")
                .check(Double.isFinite(longitude) && longitude >= -180 && longitude <= 180, "longitude", "must be between -180 and 180")
                .throwIfAny("The location is invalid.");
    }

    /**
     * The point to about a kilometre: where a place is for anyone but its host and administrators, as the city is its
     * address (the best platforms show a neighbourhood, not the door, until a stay is confirmed).
     */
    public GeoPoint approximate() {
        return new GeoPoint(rounded(latitude), rounded(longitude));
    }

    /** Half away from zero, as PostgreSQL's round(numeric), which places search distances from the same point. */
    private static double rounded(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(APPROXIMATE_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
