package dev.staybook.reviews.internal.graphql;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.reviews.internal.application.ReviewService;
import dev.staybook.reviews.internal.web.ReviewContents;
import dev.staybook.reviews.internal.web.ReviewPaging;
import dev.staybook.reviews.internal.web.WriteReviewRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Reviews over GraphQL with the REST API's rules (the same service and the same content checks). */
@GraphQLApi
@ApplicationScoped
public class ReviewGraphQL {

    @Inject
    ReviewService reviews;
    @Inject
    CurrentUser currentUser;

    @Mutation("reviewStay")
    @Description("Review the other side of a completed stay you were part of, within 14 days of check-out")
    public ReviewNode reviewStay(@Name("bookingId") @Id @NonNull String bookingId, @Name("review") @NonNull ReviewInput input) {
        var author = currentUser.require();
        var content = ReviewContents.of(new WriteReviewRequest(input.overall, input.cleanliness, input.accuracy,
                input.communication, input.location, input.checkIn, input.value, input.text));
        return new ReviewNode(reviews.write(author, ReviewPaging.id(bookingId, "stay-not-found", "completed stay"), content));
    }
}
