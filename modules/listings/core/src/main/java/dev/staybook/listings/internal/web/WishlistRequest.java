package dev.staybook.listings.internal.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A wishlist's name, to create or rename it (1 to 50 characters). */
public record WishlistRequest(@Schema(required = true, minLength = 1, maxLength = 50, example = "Summer in Lisbon") String name) {
}
