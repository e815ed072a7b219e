package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.listings.api.CancellationPolicyChoice;

/** A cancellation policy as it stood in one version; a booking keeps the version it was made under. */
public record PolicyVersion(CancellationPolicyChoice name, int version) {

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
