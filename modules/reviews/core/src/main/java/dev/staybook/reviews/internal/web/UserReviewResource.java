package dev.staybook.reviews.internal.web;

import dev.staybook.identity.api.UserDirectory;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.NotFound;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users/{id}/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class UserReviewResource {

    @Inject
    ReviewQueries queries;
    @Inject
    UserDirectory directory;

    @GET
    @Operation(operationId = "listUserReviews", summary = "Published reviews of a user as a guest",
            description = "What hosts wrote about the user after their stays, newest first, with the user's rating as a "
                    + "guest. (Reviews of the user's listings are under /listings/{id}/reviews.) Keyset pagination.")
    @APIResponse(responseCode = "200", description = "A page of reviews and the rating")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReviewPageResponse list(@PathParam("id") String id,
                                   @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                   @QueryParam("cursor") String cursor) {
        UserId user = new UserId(ReviewPaging.id(id, "user-not-found", "user"));
        if (directory.publicProfile(user).isEmpty()) {
            throw new NotFound("user-not-found", "There is no such user.");
        }
        return ReviewPaging.page(queries.aboutGuest(user, ReviewCursors.position(cursor), limit + 1), limit, directory);
    }
}
