package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One listing in search results. {@code stayTotal} only when dates were given, {@code distanceKm}
 * only for a circle search, {@code photo} the first photo.
 */
public record SearchHit(UUID id, UUID hostId, String title, String city, String country, PropertyType propertyType, RoomType roomType,
                        GeoPoint location, int guests, Money nightlyPrice, Money stayTotal, long nights,
                        BigDecimal ratingAverage, int ratingCount, boolean instantBook, BigDecimal distanceKm,
                        Instant publishedAt, Photo photo) {

    /** This hit's key in the given order, as a cursor stores it. */
    public String sortKey(SearchSort sort) {
        return switch (sort) {
            case NEWEST -> publishedAt.toString();
            case PRICE -> (stayTotal != null ? stayTotal : nightlyPrice).amount().toPlainString();
            case RATING -> (ratingAverage == null ? BigDecimal.ONE.negate() : ratingAverage).toPlainString();
            case DISTANCE -> distanceKm.toPlainString();
        };
    }

    public SearchHit withPhoto(Photo first) {
        return new SearchHit(id, hostId, title, city, country, propertyType, roomType, location, guests, nightlyPrice, stayTotal,
                nights, ratingAverage, ratingCount, instantBook, distanceKm, publishedAt, first);
    }
}
