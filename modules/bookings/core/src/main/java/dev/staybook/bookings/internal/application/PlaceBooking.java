package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
import dev.staybook.listings.api.ListingId;

/**
 * A guest's request to book, with the client's optional Idempotency-Key and a fingerprint of the
 * request, so that a retried request is recognised and a reused key with another request is refused. The message
 * to the host is shown on screens and in mails: line breaks and tabs, no other control character. The optional
 * expected total is what the guest was shown: a condition of the booking, not part of what it asks for (not in the
 * fingerprint).
 */
public record PlaceBooking(ListingId listingId, DateRange stay, Guests guests, String message, Money expectedTotal,
                           String idempotencyKey, String requestFingerprint) {

    public PlaceBooking {
        if (!FreeText.isMultiLine(message)) {
            throw InvalidInput.field("message", FreeText.multiLineMessage());
        }
    }
}
