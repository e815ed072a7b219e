package dev.staybook.reviews.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.reviews.internal.application.ReviewWindowJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/jobs/review-windows")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminReviewJobsResource {

    @Inject
    ReviewWindowJob job;
    @Inject
    CurrentUser currentUser;

    @POST
    @Operation(operationId = "runReviewWindows", summary = "Close ended review windows now",
            description = "Publishes the reviews of stays whose 14-day window has ended. It also runs on its own every 5 minutes.")
    @APIResponse(responseCode = "200", description = "How many stays' windows were closed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ReviewWindowJob.Result run() {
        currentUser.require().requireRole(Role.ADMIN);
        return job.runNow();
    }
}
