package dev.staybook.listings.api;

/** Where a listing is, to the street: what a guest needs once their stay is confirmed (street and postal code optional). */
public record ListingAddress(String street, String city, String region, String postalCode, String country) {
}
