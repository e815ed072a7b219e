package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.DateRange;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/**
 * A search for published listings. Every part but sort and limit is optional (null or empty). Prices
 * are compared within {@code currency}: a price filter or price sort only finds listings priced in it.
 */
public record SearchCriteria(SearchArea area, DateRange stay, Integer guests, BigDecimal minPrice, BigDecimal maxPrice,
                             Currency currency, PropertyType propertyType, RoomType roomType, Set<String> amenities,
                             String text, SearchSort sort, int limit, SearchPosition after) {

    public SearchCriteria {
        amenities = amenities == null ? Set.of() : Set.copyOf(amenities);
    }

    public boolean comparesPrices() {
        return minPrice != null || maxPrice != null || sort == SearchSort.PRICE;
    }

    public SearchArea.Circle circle() {
        return area instanceof SearchArea.Circle circle ? circle : null;
    }
}
