package dev.staybook.listings.internal.graphql;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.DateInput;
import dev.staybook.kernel.input.PageSize;
import dev.staybook.listings.internal.application.CalendarService;
import dev.staybook.listings.internal.application.ListingSearch;
import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchHit;
import dev.staybook.listings.internal.web.ListingIds;
import dev.staybook.listings.internal.web.ListingJsonReader;
import dev.staybook.listings.internal.web.ListingTags;
import dev.staybook.listings.internal.web.SearchCriteriaParser;
import dev.staybook.listings.internal.web.SearchRequest;
import dev.staybook.reviews.api.ListingReviews;
import dev.staybook.reviews.api.ReviewPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Listings over GraphQL, with the rules of the REST API: the same search parser and listing reader, the
 * same visibility and roles. Hosts of a page of listings are fetched in one query, never one by one.
 */
@GraphQLApi
@ApplicationScoped
public class ListingGraphQL {

    private static final int MAX_REVIEWS = 100;

    @Inject
    ListingSearch search;
    @Inject
    ListingService listings;
    @Inject
    CalendarService calendars;
    @Inject
    People people;
    @Inject
    CurrentUser currentUser;
    @Inject
    ListingReviews reviews;
    @Inject
    Clock clock;

    @Query("listings")
    @Description("Search published listings: the filters and sorts of GET /listings")
    public ListingSearchPage listings(@Name("city") String city, @Name("bbox") String bbox, @Name("near") String near,
                                      @Name("radiusKm") String radiusKm, @Name("checkIn") String checkIn,
                                      @Name("checkOut") String checkOut, @Name("guests") Integer guests,
                                      @Name("minPrice") String minPrice, @Name("maxPrice") String maxPrice,
                                      @Name("currency") String currency, @Name("propertyType") String propertyType,
                                      @Name("roomType") String roomType, @Name("amenities") List<String> amenities,
                                      @Name("q") String q, @Name("sort") String sort, @Name("limit") Integer limit,
                                      @Name("cursor") String cursor) {
        Map<String, String> parameters = new HashMap<>();
        put(parameters, "city", city);
        put(parameters, "bbox", bbox);
        put(parameters, "near", near);
        put(parameters, "radiusKm", radiusKm);
        put(parameters, "checkIn", checkIn);
        put(parameters, "checkOut", checkOut);
        put(parameters, "guests", guests);
        put(parameters, "minPrice", minPrice);
        put(parameters, "maxPrice", maxPrice);
        put(parameters, "currency", currency);
        put(parameters, "propertyType", propertyType);
        put(parameters, "roomType", roomType);
        put(parameters, "amenities", amenities == null ? null : String.join(",", amenities));
        put(parameters, "q", q);
        put(parameters, "sort", sort);
        put(parameters, "limit", limit);
        put(parameters, "cursor", cursor);
        SearchCriteria criteria = SearchCriteriaParser.parse(SearchRequest.of(parameters), clock);
        ListingSearch.Result result = search.search(criteria);
        String next = null;
        if (result.more()) {
            SearchHit last = result.hits().get(result.hits().size() - 1);
            next = SearchCriteriaParser.cursor(criteria.sort(), last.sortKey(criteria.sort()), last.id());
        }
        // the hosts come with the page, from one query: Liberty's SmallRye GraphQL 1.0 fails batched @Source fields
        Map<String, Person> hosts = people.byId(result.hits().stream().map(hit -> hit.hostId().toString()).toList());
        return new ListingSearchPage(result.hits().stream()
                .map(hit -> ListingSummary.of(hit, hosts.get(hit.hostId().toString()))).toList(), next);
    }

    @Query("listing")
    @Description("A listing; drafts and unpublished listings only for their host")
    public ListingNode listing(@Name("id") @Id @NonNull String id) {
        return ListingNode.of(listings.view(ListingIds.parse(id), currentUser.caller()));
    }

    @Mutation("createListing")
    @Description("Create a listing (HOST role): a draft unless publish is true")
    public ListingNode createListing(@Name("listing") @NonNull ListingInput input) {
        var host = currentUser.requireVerified().requireRole(Role.HOST);
        var details = ListingJsonReader.read(input.json(), Set.of("publish"));
        return ListingNode.of(listings.create(host, details, Boolean.TRUE.equals(input.publish)));
    }

    @Description("The listing's entity tag, as GET /listings/{id} gives this reader in ETag: give it to updateListing "
            + "as ifMatch to change the listing only if it is still as read")
    @NonNull
    public String etag(@Source ListingNode listing) {
        return ListingTags.of(listings.show(ListingIds.parse(listing.id), currentUser.caller()));
    }

    @Description("The listing's host")
    public Person host(@Source ListingNode listing) {
        return people.byId(List.of(listing.hostId)).get(listing.hostId);
    }

    @Description("Nights from 'from' (default today) to 'to' (default 30 days later), in the listing's time zone")
    public List<CalendarNight> calendar(@Source ListingNode listing, @Name("from") String from, @Name("to") String to) {
        return calendars.view(ListingIds.parse(listing.id), currentUser.caller(), date(from), date(to)).days().stream()
                .map(CalendarNight::of).toList();
    }

    @Description("Published reviews, newest first, with the listing's rating; reviewers fetched in one batch")
    public ListingReviewPage reviews(@Source ListingNode listing, @Name("limit") @DefaultValue("10") Integer limit,
                                     @Name("cursor") String cursor) {
        PageSize.require("limit", limit, MAX_REVIEWS);
        ReviewPage page = reviews.published(ListingIds.parse(listing.id), cursor, limit);
        return new ListingReviewPage(page, people.byId(page.reviews().stream().map(review -> review.authorId().toString()).toList()));
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : DateInput.parse(text);
        } catch (DateTimeParseException notADate) {
            throw InvalidInput.field("date", "must be an ISO date such as 2027-03-01: " + text);
        }
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
