package dev.staybook.listings.internal.domain;

import java.time.Instant;
import java.util.List;

/** The published listings as search sees them. */
public interface SearchableListings {

    /** Up to {@code criteria.limit() + 1} hits in the criteria's order (the extra one tells that more follow). */
    List<SearchHit> find(SearchCriteria criteria, Instant now);
}
