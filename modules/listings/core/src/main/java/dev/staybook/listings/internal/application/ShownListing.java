package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import java.util.Optional;

/**
 * A listing as a reader may see it ({@link ListingService#view}), with its host's public profile (empty if the host
 * cannot be shown).
 */
public record ShownListing(ListingSnapshot listing, Optional<PublicProfile> host) {
}
