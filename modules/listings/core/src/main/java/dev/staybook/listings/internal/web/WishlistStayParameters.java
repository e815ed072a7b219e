package dev.staybook.listings.internal.web;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.domain.SearchCriteria;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * checkIn, checkOut and guests of a wishlist read, checked by search's own parser: the same rules (booking
 * horizon, at most 365 nights, guests 1..50) and the same messages as GET /listings.
 */
public final class WishlistStayParameters {

    private WishlistStayParameters() {
    }

    public static SearchCriteria parse(String checkIn, String checkOut, String guests, Clock clock) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("checkIn", checkIn);
        parameters.put("checkOut", checkOut);
        parameters.put("guests", guests);
        try {
            return SearchCriteriaParser.parse(SearchRequest.of(parameters), clock);
        } catch (InvalidInput invalid) {
            throw new InvalidInput("The dates or guests are invalid.", invalid.errors());
        }
    }
}
