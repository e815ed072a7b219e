package dev.staybook.reviews.internal.web;

import dev.staybook.identity.api.Caller;
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

@Path("/bookings/{id}/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Reviews", description = "Double-blind reviews of completed stays, host responses, published reviews")
public class BookingReviewResource {

    @Inject
    ReviewService reviews;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserDirectory directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewStay", summary = "Review the other side of a completed stay",
            description = "The guest reviews the listing (overall and cleanliness, accuracy, communication, location, "
                    + "checkIn, value, each 1 to 5, and a text); the host reviews the guest (overall and a text). One review "
                    + "per side, within 14 days of check-out. Reviews stay hidden, even from the other side, until both "
                    + "have written theirs or the 14 days are over.")
    @APIResponse(responseCode = "201", description = "The review, hidden until published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public Response write(@PathParam("id") String id, @Valid @NotNull WriteReviewRequest body) {
        Caller author = currentUser.require();
        Review review = reviews.write(author, ReviewPaging.id(id, "stay-not-found", "completed stay"), ReviewContents.of(body));
        return Response.status(Response.Status.CREATED)
                .entity(ReviewResponse.of(review, ReviewPaging.authors(List.of(review), directory))).build();
    }
}
