package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.internal.application.BookingDetails;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.ListingAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking as one of its parties sees it. The host (and administrators) also see the host service
 * fee and the payout; the guest sees what they pay.
 */
@Schema(requiredProperties = {"id", "listingId", "guestId", "hostId", "status", "checkIn", "checkOut", "nights", "guests", "adults",
        "children", "infants", "pets", "timeZone", "checkInAt", "checkOutAt", "lines", "total", "cancellationPolicy", "history",
        "createdAt"})
public record BookingResponse(@Schema(format = "uuid") String id, @Schema(format = "uuid") String listingId,
                              @Schema(format = "uuid") String guestId, @Schema(format = "uuid") String hostId,
                              BookingStatus status,
                              LocalDate checkIn, LocalDate checkOut, long nights,
                              @Schema(description = GuestFields.COUNTED) int guests, int adults, int children, int infants, int pets,
                              String timeZone,
                              Instant checkInAt, Instant checkOutAt, List<PriceLineResponse> lines, Money total,
                              Money hostPayout, PolicyResponse cancellationPolicy, Instant paymentDueAt,
                              Instant respondBy, String message, Refund refund, List<Change> history,
                              Instant createdAt,
                              @Schema(description = "Where the listing is, to the street and the exact point: in a single booking's "
                                      + "view once it is confirmed (the listing shows the city, and the point to about a kilometre)")
                              Address address) {

    /** The listing's exact address and point. */
    @Schema(name = "StayAddress", requiredProperties = {"city", "country", "latitude", "longitude"})
    public record Address(String street, String city, String region, String postalCode, String country,
                          @Schema(description = "Degrees (WGS 84), exact") double latitude,
                          @Schema(description = "Degrees (WGS 84), exact") double longitude) {

        static Address of(ListingAddress address) {
            return new Address(address.street(), address.city(), address.region(), address.postalCode(), address.country(),
                    address.latitude(), address.longitude());
        }
    }

    /** What a cancellation gave back. */
    @Schema(requiredProperties = {"total", "lines"})
    public record Refund(Money total, List<PriceLineResponse> lines, String rule) {
    }

    /** One step of the booking's history. */
    @Schema(requiredProperties = {"to", "by", "at"})
    public record Change(@Schema(description = "Absent on the first step") BookingStatus from, BookingStatus to,
                         @Schema(enumeration = {"GUEST", "HOST", "ADMIN", "SYSTEM"}) String by, String reason, Instant at) {
    }

    static BookingResponse of(BookingDetails b, boolean hostView) {
        return of(b, hostView, null);
    }

    /** With the listing's exact address, for a confirmed stay's single view. */
    static BookingResponse of(BookingDetails b, boolean hostView, ListingAddress address) {
        Refund refund = b.refundTotal() == null ? null
                : new Refund(b.refundTotal(), PriceLineResponse.of(b.refundLines(), false), b.refundRule());
        List<Change> history = b.history().stream().map(c -> new Change(c.from(), c.to(), c.by().name(), c.reason(), c.at())).toList();
        return new BookingResponse(b.id().toString(), b.listingId().toString(), b.guestId().toString(), b.hostId().toString(),
                b.status(), b.stay().checkIn(), b.stay().checkOut(), b.stay().nights(), b.guests().counted(), b.guests().adults(), b.guests().children(), b.guests().infants(),
                b.guests().pets(), b.timeZone(),
                b.checkInAt(), b.checkOutAt(), PriceLineResponse.of(b.lines(), hostView), b.guestTotal(),
                hostView ? b.hostPayout() : null,
                new PolicyResponse(b.policy().name().name(), b.policy().version(), b.policySummary()),
                b.paymentDueAt(), b.respondBy(), b.guestMessage(), refund, history, b.createdAt(),
                address == null ? null : Address.of(address));
    }
}
