package dev.staybook.listings.internal.graphql;

import java.util.List;

/** One page of search results and the cursor of the next (null on the last page). */
public final class ListingSearchPage {

    public final List<ListingSummary> items;
    public final String nextCursor;

    ListingSearchPage(List<ListingSummary> items, String nextCursor) {
        this.items = items;
        this.nextCursor = nextCursor;
    }
}
