package dev.staybook.bookings.internal.graphql;

import dev.staybook.bookings.internal.application.BookingDetails;
import dev.staybook.bookings.internal.web.GuestFields;
import dev.staybook.kernel.graphql.MoneyAmount;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Name;

/** A booking as one of its parties sees it; only the host sees the host service fee and the payout. */
@Name("Booking")
@Description("A reservation of a listing for a stay")
public final class BookingNode {

    @Id
    @NonNull
    public final String id;
    public final String status;
    public final String checkIn;
    public final String checkOut;
    public final int nights;
    @Description(GuestFields.COUNTED)
    public final int guests;
    public final int adults;
    public final int children;
    public final int infants;
    public final int pets;
    public final String timeZone;
    @Description("When the stay begins, as an ISO instant (UTC)")
    public final String checkInAt;
    @Description("When the stay ends, as an ISO instant (UTC)")
    public final String checkOutAt;
    public final List<PriceLine> lines;
    public final MoneyAmount total;
    @Description("Only for the host")
    public final MoneyAmount hostPayout;
    public final String cancellationPolicy;
    public final MoneyAmount refundTotal;
    public final String createdAt;
    @Description("The listing booked")
    public final BookedListing listing;
    @Description("The booking's payment (null until payments has seen the booking)")
    public final BookingPayment payment;

    private BookingNode(BookingDetails b, boolean hostView, BookedListing listing, BookingPayment payment) {
        this.id = b.id().toString();
        this.status = b.status().name();
        this.checkIn = b.stay().checkIn().toString();
        this.checkOut = b.stay().checkOut().toString();
        this.nights = Math.toIntExact(b.stay().nights());
        this.guests = b.guests().counted();
        this.adults = b.guests().adults();
        this.children = b.guests().children();
        this.infants = b.guests().infants();
        this.pets = b.guests().pets();
        this.timeZone = b.timeZone();
        this.checkInAt = b.checkInAt().toString();
        this.checkOutAt = b.checkOutAt().toString();
        this.lines = b.lines().stream().filter(l -> hostView || l.kind().isPaidByGuest())
                .map(l -> new PriceLine(l.kind().name(), l.description(), MoneyAmount.of(l.amount()))).toList();
        this.total = MoneyAmount.of(b.guestTotal());
        this.hostPayout = hostView ? MoneyAmount.of(b.hostPayout()) : null;
        this.cancellationPolicy = b.policy().toString();
        this.refundTotal = MoneyAmount.of(b.refundTotal());
        this.createdAt = b.createdAt().toString();
        this.listing = listing;
        this.payment = payment;
    }

    static BookingNode of(BookingDetails booking, boolean hostView, BookedListing listing, BookingPayment payment) {
        return new BookingNode(booking, hostView, listing, payment);
    }

    /** One line of the price. */
    public static final class PriceLine {

        public final String kind;
        public final String description;
        public final MoneyAmount amount;

        PriceLine(String kind, String description, MoneyAmount amount) {
            this.kind = kind;
            this.description = description;
            this.amount = amount;
        }
    }
}
