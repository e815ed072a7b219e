package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.internal.application.DeadlineSweep;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
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

@Path("/admin/jobs/booking-deadlines")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminBookingJobsResource {

    @Inject
    DeadlineSweep sweep;
    @Inject
    CurrentUser currentUser;

    @POST
    @Operation(operationId = "runBookingDeadlines", summary = "Run the booking deadlines now",
            description = "Expires unpaid and unanswered bookings, checks in and completes stays whose time has come. "
                    + "It also runs on its own every 30 seconds.")
    @APIResponse(responseCode = "200", description = "How many bookings each step moved")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public DeadlineSweep.Result run() {
        currentUser.require().requireRole(Role.ADMIN);
        return sweep.runNow();
    }
}
