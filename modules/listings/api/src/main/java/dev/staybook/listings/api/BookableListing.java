package dev.staybook.listings.api;

import dev.staybook.identity.api.UserId;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Everything the bookings module needs to validate and price a stay at a listing. Dates of stays are
 * in {@link #timeZone()}; check-in and check-out times are local times there. {@code maxGuests} counts adults and
 * children (infants do not count); {@code petsAllowed} is the host's house rule.
 */
public record BookableListing(
        ListingId id,
        UserId hostId,
        ListingStatus status,
        String title,
        ZoneId timeZone,
        int maxGuests,
        boolean petsAllowed,
        StayRules stayRules,
        PriceRules priceRules,
        boolean instantBook,
        CancellationPolicyChoice cancellationPolicy,
        LocalTime checkInFrom,
        LocalTime checkOutUntil) {

    public boolean isBookable() {
        return status == ListingStatus.PUBLISHED;
    }
}
