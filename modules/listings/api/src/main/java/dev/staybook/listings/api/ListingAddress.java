package dev.staybook.listings.api;

/**
 * Where a listing is, to the street and the exact point (degrees, WGS 84): what a guest needs once their stay is
 * confirmed, to find the door (street and postal code optional).
 */
public record ListingAddress(String street, String city, String region, String postalCode, String country, double latitude,
                             double longitude) {
}
