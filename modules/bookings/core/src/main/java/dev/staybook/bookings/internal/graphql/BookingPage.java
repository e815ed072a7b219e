package dev.staybook.bookings.internal.graphql;

import java.util.List;

/** One page of bookings and the cursor of the next (null on the last page). */
public final class BookingPage {

    public final List<BookingNode> items;
    public final String nextCursor;

    BookingPage(List<BookingNode> items, String nextCursor) {
        this.items = items;
        this.nextCursor = nextCursor;
    }
}
