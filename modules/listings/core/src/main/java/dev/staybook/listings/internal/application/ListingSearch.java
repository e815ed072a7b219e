package dev.staybook.listings.internal.application;

import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchHit;
import dev.staybook.listings.internal.domain.SearchableListings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Search over published listings; read-only. */
@ApplicationScoped
@Transactional
public class ListingSearch {

    @Inject
    SearchableListings searchable;
    @Inject
    AmenityCatalogue amenities;
    @Inject
    Clock clock;

    /** One page of hits, and whether more follow. */
    public record Result(List<SearchHit> hits, boolean more) {
    }

    public Result search(SearchCriteria criteria) {
        amenities.requireKnown(criteria.amenities(), "amenities");
        List<SearchHit> hits = searchable.find(criteria, clock.instant());
        boolean more = hits.size() > criteria.limit();
        return new Result(more ? hits.subList(0, criteria.limit()) : hits, more);
    }
}
