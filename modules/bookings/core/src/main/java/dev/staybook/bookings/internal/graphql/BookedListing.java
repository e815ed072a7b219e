package dev.staybook.bookings.internal.graphql;

import dev.staybook.listings.api.BookableListing;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Name;

/**
 * The listing a booking is for, as far as the booking needs it. GraphQL types are classes with public
 * fields: Liberty's MicroProfile GraphQL maps neither records nor constructor parameters.
 */
@Name("BookedListing")
public final class BookedListing {

    @Id
    @NonNull
    public final String id;
    public final String title;
    public final String timeZone;
    public final String checkInFrom;
    public final String checkOutUntil;

    private BookedListing(BookableListing listing) {
        this.id = listing.id().toString();
        this.title = listing.title();
        this.timeZone = listing.timeZone().getId();
        this.checkInFrom = listing.checkInFrom().toString();
        this.checkOutUntil = listing.checkOutUntil().toString();
    }

    static BookedListing of(BookableListing listing) {
        return listing == null ? null : new BookedListing(listing);
    }
}
