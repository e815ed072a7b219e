package dev.staybook.listings.internal.web;

import dev.staybook.cache.Cache;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.SearchCriteria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What anonymous callers see of listings, cached as the JSON they are sent: a published listing's details
 * (one namespace per listing) and search pages (one namespace for all of them, since any change to any
 * listing may move it into or out of any page). {@link ListingCacheInvalidation} drops them when listings
 * change; the TTLs only bound what no event announces (the time passing for date searches).
 * Responses say {@code X-Cache: HIT} or {@code MISS}, and carry the body's entity tag: a client that names it in
 * If-None-Match is answered 304 without the body.
 */
@ApplicationScoped
public class PublicListingCache {

    static final Duration DETAILS_TTL = Duration.ofMinutes(5);
    static final Duration SEARCH_TTL = Duration.ofSeconds(60);
    static final String SEARCH = "listings-search";
    static final String HEADER = "X-Cache";

    @Inject
    Cache cache;

    /** The listing as anonymous callers see it; only called for them, so never a draft or an owner's view. */
    Response details(ListingId id, HttpHeaders headers, Supplier<String> anonymousView) {
        return respond(headers, cache.get(detailsNamespace(id), "anonymous", DETAILS_TTL, anonymousView));
    }

    /** A search page; its key is the parsed criteria, so equal searches written differently share it. */
    Response searchPage(SearchCriteria criteria, HttpHeaders headers, Supplier<String> page) {
        return respond(headers, cache.get(SEARCH, searchKey(criteria), SEARCH_TTL, page));
    }

    public void listingChanged(ListingId id) {
        cache.invalidateAll(detailsNamespace(id));
        cache.invalidateAll(SEARCH);
    }

    public void detailsChanged(ListingId id) {
        cache.invalidateAll(detailsNamespace(id));
    }

    public void searchResultsChanged() {
        cache.invalidateAll(SEARCH);
    }

    /**
     * Every part of the criteria (currency and limit included, defaults filled in), the amenities sorted since a
     * set's order differs between JVMs, hashed to keep Redis keys short.
     */
    static String searchKey(SearchCriteria criteria) {
        SearchCriteria withoutAmenities = new SearchCriteria(criteria.area(), criteria.stay(), criteria.guests(), criteria.minPrice(),
                criteria.maxPrice(), criteria.currency(), criteria.propertyType(), criteria.roomType(), Set.of(), criteria.text(),
                criteria.sort(), criteria.limit(), criteria.after());
        return HexFormat.of().formatHex(Sha256.of(withoutAmenities + " amenities=" + new TreeSet<>(criteria.amenities())));
    }

    private static String detailsNamespace(ListingId id) {
        return "listing:" + id;
    }

    private static Response respond(HttpHeaders headers, Cache.Cached cached) {
        return TaggedJson.ok(headers, cached.value()).header(HEADER, cached.hit() ? "HIT" : "MISS").build();
    }
}
