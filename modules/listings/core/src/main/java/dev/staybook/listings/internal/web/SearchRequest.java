package dev.staybook.listings.internal.web;

import jakarta.ws.rs.QueryParam;

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
}
