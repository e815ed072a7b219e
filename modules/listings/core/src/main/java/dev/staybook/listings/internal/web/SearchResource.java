package dev.staybook.listings.internal.web;

import dev.staybook.kernel.Page;
import dev.staybook.listings.internal.application.ListingSearch;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/listings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Find published listings")
public class SearchResource {

    @Inject
    ListingSearch search;
    @Inject
    PublicListingCache cache;
    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "searchListings", summary = "Search published listings",
            description = "At most one of city (exact, any case), bbox=minLng,minLat,maxLng,maxLat and near=lat,lng with radiusKm "
                    + "(default 10, at most 100). checkIn and checkOut (together) keep only listings bookable for that stay and "
                    + "price it (stayPrice: the host's price, before the guest service fee and taxes that a quote adds). guests, minPrice/maxPrice with currency (default EUR; prices compare within one currency), "
                    + "propertyType, roomType, amenities=wifi,pool (all of them), q (full text). sort=newest|price|rating|distance "
                    + "(distance needs near and is its default). limit 1..100 (20); cursor from the previous page.")
    @APIResponse(responseCode = "200", description = "A page of listings (cached for a minute or until a listing changes; X-Cache: HIT or MISS)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "304", description = "The page named in If-None-Match is current",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response search(@BeanParam SearchRequest parameters, @Context HttpHeaders headers) {
        // parsed first: invalid searches are answered 400 and never reach the cache
        SearchCriteria criteria = SearchCriteriaParser.parse(parameters, clock);
        return cache.searchPage(criteria, headers, () -> SearchPageJson.write(page(criteria)));
    }

    private Page<SearchItem> page(SearchCriteria criteria) {
        ListingSearch.Result result = search.search(criteria);
        String next = null;
        if (result.more()) {
            SearchHit last = result.hits().get(result.hits().size() - 1);
            next = SearchCriteriaParser.cursor(criteria.sort(), last.sortKey(criteria.sort()), last.id());
        }
        return new Page<>(result.hits().stream().map(SearchItem::of).toList(), next);
    }

    /** The shape of a page in the OpenAPI document (the method returns it as cached JSON text). */
    @Schema(name = "SearchPage", requiredProperties = "items")
    record SearchPage(List<SearchItem> items, String nextCursor) {
    }
}
