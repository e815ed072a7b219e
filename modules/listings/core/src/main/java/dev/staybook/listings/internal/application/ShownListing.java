package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import java.util.Optional;

/**
 * A listing as a reader sees it, with its host's public profile (empty if the host cannot be shown), and whether the
 * reader may see its exact address (street and postal code) and location here: its host and administrators. Everyone
 * else sees the city and the place to about a kilometre, as on the best platforms; a guest whose stay is confirmed
 * finds the exact address in the booking.
 */
public record ShownListing(ListingSnapshot listing, Optional<PublicProfile> host, boolean exactAddress) {
}
