package dev.staybook.listings.internal.application;

import dev.staybook.listings.internal.domain.ListingDetails;

/** A partial change to a listing's details, applied inside the transaction to the details as they are then. */
@FunctionalInterface
public interface ListingPatch {

    ListingDetails applyTo(ListingDetails current);
}
