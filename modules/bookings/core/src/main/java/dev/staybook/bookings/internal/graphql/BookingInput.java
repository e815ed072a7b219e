package dev.staybook.bookings.internal.graphql;

import dev.staybook.bookings.internal.web.GuestFields;
import dev.staybook.bookings.internal.web.PlaceBookingRequest;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A request to book: the fields of POST /bookings. Input types need a default constructor and settable fields. */
@Description("A request to book a stay")
@Input("BookingInput")
public class BookingInput {

    public String listingId;
    @Description("ISO date in the listing's time zone")
    public String checkIn;
    @Description("ISO date in the listing's time zone")
    public String checkOut;
    @Description(GuestFields.GUESTS)
    public Integer guests;
    @Description(GuestFields.ADULTS)
    public Integer adults;
    @Description(GuestFields.CHILDREN)
    public Integer children;
    @Description(GuestFields.INFANTS)
    public Integer infants;
    @Description(GuestFields.PETS)
    public Integer pets;
    @Description(PlaceBookingRequest.MESSAGE)
    public String message;
    @Description(PlaceBookingRequest.EXPECTED_TOTAL)
    public ExpectedTotalInput expectedTotal;

    /** The total the guest was shown, as an amount string and a currency. */
    @Input("ExpectedTotalInput")
    public static class ExpectedTotalInput {
        public String amount;
        public String currency;
    }
}
