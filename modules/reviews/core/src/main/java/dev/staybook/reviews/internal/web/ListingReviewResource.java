package dev.staybook.reviews.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import dev.staybook.reviews.internal.application.ReviewCursors;
import dev.staybook.reviews.internal.application.ReviewQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/listings/{id}/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ListingReviewResource {

    @Inject
    ReviewQueries queries;
    @Inject
    CurrentUser currentUser;
    @Inject
    ListingCatalog catalog;
    @Inject
    UserDirectory directory;

    @GET
    @Operation(operationId = "listListingReviews", summary = "Published reviews of a listing",
            description = "Guests' reviews, newest first, with the listing's rating (average overall and per aspect). "
                    + "Keyset pagination with limit and cursor.")
    @APIResponse(responseCode = "200", description = "A page of reviews and the rating")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReviewPageResponse list(@PathParam("id") String id,
                                   @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                   @QueryParam("cursor") String cursor) {
        UUID listingId = ReviewPaging.id(id, "listing-not-found", "listing");
        if (!catalog.isVisibleTo(new ListingId(listingId), currentUser.caller())) {
            throw new NotFound("listing-not-found", "There is no such listing.");
        }
        return ReviewPaging.page(queries.ofListing(listingId, ReviewCursors.position(cursor), limit + 1), limit, directory);
    }
}
