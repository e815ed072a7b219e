package dev.staybook.listings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A listing as read in one transaction: immutable, safe to hand to the web layer after the transaction ends. */
public record ListingSnapshot(ListingId id, UserId hostId, ListingStatus status, ListingDetails details,
                              BigDecimal ratingAverage, int ratingCount, Instant createdAt, Instant updatedAt,
                              Instant publishedAt) {

    /** The same listing as guests see it before a confirmed stay ({@link ListingDetails#asGuestsSeeThem()}). */
    public ListingSnapshot asGuestsSeeIt() {
        return new ListingSnapshot(id, hostId, status, details.asGuestsSeeThem(), ratingAverage, ratingCount, createdAt, updatedAt,
                publishedAt);
    }
}
