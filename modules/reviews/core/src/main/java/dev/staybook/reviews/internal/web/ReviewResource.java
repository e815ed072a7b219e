package dev.staybook.reviews.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.reviews.internal.application.ReviewService;
import dev.staybook.reviews.internal.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Reviews")
public class ReviewResource {

    @Inject
    ReviewService reviews;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserDirectory directory;

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "respondToReview", summary = "Respond to a review of your listing",
            description = "The host of the reviewed listing may publish one response to a published review; it cannot be changed.")
    @APIResponse(responseCode = "201", description = "The review with its response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response respond(@PathParam("id") String id, @Valid @NotNull ResponseRequest body) {
        Review review = reviews.respond(currentUser.require(), ReviewPaging.id(id, "review-not-found", "review"), body.text());
        return Response.status(Response.Status.CREATED)
                .entity(ReviewResponse.of(review, ReviewPaging.authors(List.of(review), directory))).build();
    }
}
