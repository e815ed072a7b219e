package dev.staybook.listings.internal.web;

/** A wishlist's name, to create or rename it (1 to 50 characters). */
public record WishlistRequest(String name) {
}
