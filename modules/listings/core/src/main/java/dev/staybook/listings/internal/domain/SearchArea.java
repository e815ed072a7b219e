package dev.staybook.listings.internal.domain;

import java.math.BigDecimal;

/** Where to search: one city, a bounding box, or a circle around a point. */
public sealed interface SearchArea {

    /** Listings whose city is this name, ignoring case. */
    record City(String name) implements SearchArea {
    }

    /** Listings inside the box, edges included; the box does not cross the antimeridian. */
    record Box(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) implements SearchArea {
    }

    /** Listings within {@code radiusKm} (great-circle) of the point. */
    record Circle(GeoPoint center, BigDecimal radiusKm) implements SearchArea {

        private static final double KM_PER_DEGREE = 111.195;

        /** The box that surely contains the circle, for the spatial index; the whole longitude band near the poles or the antimeridian. */
        public Box boundingBox() {
            double radius = radiusKm.doubleValue();
            double latitudeSpan = radius / KM_PER_DEGREE;
            double minLatitude = Math.max(-90, center.latitude() - latitudeSpan);
            double maxLatitude = Math.min(90, center.latitude() + latitudeSpan);
            double widestCos = Math.cos(Math.toRadians(Math.max(Math.abs(minLatitude), Math.abs(maxLatitude))));
            double longitudeSpan = widestCos < 1e-6 ? 360 : radius / (KM_PER_DEGREE * widestCos);
            double minLongitude = center.longitude() - longitudeSpan;
            double maxLongitude = center.longitude() + longitudeSpan;
            if (minLongitude < -180 || maxLongitude > 180) {
                return new Box(-180, minLatitude, 180, maxLatitude);
            }
            return new Box(minLongitude, minLatitude, maxLongitude, maxLatitude);
        }
    }
}
