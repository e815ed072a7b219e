package dev.staybook.listings.internal.web;

/** A new catalogue entry; the domain checks each field. */
public record AddAmenityRequest(String code, String name, String category) {
}
