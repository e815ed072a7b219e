package dev.staybook.listings.internal.web;

import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** The query parameters of GET /listings as sent; {@link SearchCriteriaParser} checks and converts them. */
public class SearchRequest {

    @QueryParam("city")
    String city;
    @QueryParam("bbox")
    String bbox;
    @QueryParam("near")
    String near;
    @QueryParam("radiusKm")
    String radiusKm;
    @QueryParam("checkIn")
    String checkIn;
    @QueryParam("checkOut")
    String checkOut;
    @QueryParam("guests")
    String guests;
    @QueryParam("minPrice")
    String minPrice;
    @QueryParam("maxPrice")
    String maxPrice;
    @QueryParam("currency")
    String currency;
    @QueryParam("propertyType")
    String propertyType;
    @QueryParam("roomType")
    String roomType;
    @QueryParam("amenities")
    String amenities;
    @QueryParam("q")
    String q;
    @QueryParam("sort")
    String sort;
    @QueryParam("limit")
    String limit;
    @QueryParam("cursor")
    String cursor;

    /** The same parameters from another adapter (GraphQL), as strings exactly as a query string carries them. */
    public static SearchRequest of(Map<String, String> parameters) {
        SearchRequest request = new SearchRequest();
        request.city = parameters.get("city");
        request.bbox = parameters.get("bbox");
        request.near = parameters.get("near");
        request.radiusKm = parameters.get("radiusKm");
        request.checkIn = parameters.get("checkIn");
        request.checkOut = parameters.get("checkOut");
        request.guests = parameters.get("guests");
        request.minPrice = parameters.get("minPrice");
        request.maxPrice = parameters.get("maxPrice");
        request.currency = parameters.get("currency");
        request.propertyType = parameters.get("propertyType");
        request.roomType = parameters.get("roomType");
        request.amenities = parameters.get("amenities");
        request.q = parameters.get("q");
        request.sort = parameters.get("sort");
        request.limit = parameters.get("limit");
        request.cursor = parameters.get("cursor");
        return request;
    }
}
