package dev.staybook.listings.api;

/**
 * The cancellation policy a host chose for a listing. Listings only stores the choice; the bookings
 * module defines what each policy refunds, and versions those rules.
 */
public enum CancellationPolicyChoice {
    FLEXIBLE,
    MODERATE,
    STRICT
}
