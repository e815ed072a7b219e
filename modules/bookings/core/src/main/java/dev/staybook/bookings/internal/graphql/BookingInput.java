package dev.staybook.bookings.internal.graphql;

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
    @Description("The earlier name of adults, still accepted: send adults or guests, not both")
    public Integer guests;
    @Description("Adults (13 and over), at least 1; required unless guests is sent")
    public Integer adults;
    @Description("Children (2 to 12), counted against the listing's maximum guests; default 0")
    public Integer children;
    @Description("Infants (under 2), not counted against the listing's maximum guests; at most 5; default 0")
    public Integer infants;
    @Description("Pets, only where the listing allows them; at most 5; default 0")
    public Integer pets;
    @Description("A note to the host")
    public String message;
}
