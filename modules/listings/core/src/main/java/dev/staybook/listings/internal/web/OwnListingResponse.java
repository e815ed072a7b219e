package dev.staybook.listings.internal.web;

import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.internal.domain.ListingDetails;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the host's own listings, in any status, as their list shows it. */
@Schema(requiredProperties = {"id", "title", "status", "city", "country", "nightlyPrice", "createdAt", "updatedAt"})
public record OwnListingResponse(@Schema(format = "uuid") String id, String title,
                                 ListingStatus status, String city, String country,
                                 MoneyResponse nightlyPrice, PhotoResponse photo, Instant createdAt, Instant updatedAt,
                                 Instant publishedAt) {

    static OwnListingResponse of(ListingSnapshot listing) {
        ListingDetails d = listing.details();
        return new OwnListingResponse(listing.id().toString(), d.title(), listing.status(), d.address().city(),
                d.address().country(), MoneyResponse.of(d.pricing().nightlyPrice()),
                d.photos().isEmpty() ? null : PhotoResponse.of(d.photos().get(0)), listing.createdAt(), listing.updatedAt(),
                listing.publishedAt());
    }
}
