package dev.staybook.reviews.internal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A review, as POST /bookings/{id}/reviews takes it: the guest rates the listing overall and in each
 * aspect, the host rates the guest overall only. Stars are 1 to 5.
 */
@Input("ReviewInput")
@Description("A review of the other side of a completed stay; aspects only in a guest's review of the listing")
public class ReviewInput {

    @NonNull
    public Integer overall;
    public Integer cleanliness;
    public Integer accuracy;
    public Integer communication;
    public Integer location;
    public Integer checkIn;
    public Integer value;
    @NonNull
    @Description("1 to 2000 characters")
    public String text;
}
