package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.SearchHit;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One search result: enough to show a card; stayPrice only with dates, distanceKm only with near (from the search's
 * centre to the location shown).
 */
@Schema(requiredProperties = {"id", "title", "city", "country", "propertyType", "roomType", "location", "guests", "nightlyPrice",
        "rating", "instantBook"})
public record SearchItem(@Schema(format = "uuid") String id, String title, String city, String country,
                         @Schema(ref = "PropertyType") String propertyType, @Schema(ref = "RoomType") String roomType,
                         Location location, int guests, MoneyResponse nightlyPrice, StayPriceResponse stayPrice, Rating rating,
                         PhotoResponse photo, boolean instantBook, BigDecimal distanceKm) {

    /** Where the listing is, to about a kilometre: its host shows the exact place to guests whose stay is confirmed. */
    @Schema(description = "Where the listing is, to about a kilometre (two decimals of a degree): the exact place is for its "
            + "host, administrators and, by its address, guests whose stay is confirmed", requiredProperties = {"latitude", "longitude"})
    public record Location(double latitude, double longitude) {

        static Location of(GeoPoint point) {
            return new Location(point.latitude(), point.longitude());
        }
    }

    /** The host's price of the requested stay: nights at their prices, less discounts, plus cleaning. */
    @Schema(name = "StayPriceResponse", description = "The host's price of the stay: nights at their prices, less discounts, plus "
            + "the cleaning fee; before the guest service fee and taxes, which a quote (POST /quotes) adds to give what the guest pays",
            requiredProperties = {"nights", "total"})
    public record StayPriceResponse(long nights, MoneyResponse total) {
    }

    /** The review summary; average is null until rated. */
    @Schema(name = "SearchRating", description = "A listing's rating in search results", requiredProperties = "count")
    public record Rating(BigDecimal average, int count) {
    }

    static SearchItem of(SearchHit hit) {
        return new SearchItem(hit.id().toString(), hit.title(), hit.city(), hit.country(), hit.propertyType().name(),
                hit.roomType().name(), Location.of(hit.location().approximate()), hit.guests(),
                MoneyResponse.of(hit.nightlyPrice()),
                hit.stayTotal() == null ? null : new StayPriceResponse(hit.nights(), MoneyResponse.of(hit.stayTotal())),
                new Rating(hit.ratingAverage(), hit.ratingCount()), PhotoResponse.of(hit.photo()), hit.instantBook(), hit.distanceKm());
    }
}
