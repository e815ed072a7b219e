package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.ProblemJson;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.application.CalendarSubscriptions;
import dev.staybook.listings.internal.application.SubscriptionSync;
import dev.staybook.listings.internal.domain.CalendarSubscription;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A listing's subscriptions to external iCalendar feeds; only its host or an administrator manages them. */
@Path("/listings/{id}/calendar/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Calendar")
public class CalendarSubscriptionResource {

    @Inject
    CalendarSubscriptions subscriptions;
    @Inject
    SubscriptionSync sync;
    @Inject
    CurrentUser currentUser;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeCalendar", summary = "Subscribe the listing to an external calendar",
            description = "An http or https iCalendar URL (Airbnb, Booking.com, Google...) and a name. The feed is fetched at once by "
                    + "the schedule and then every 15 minutes; its events block nights as an import does, each sync replacing the "
                    + "nights the previous one blocked. URLs whose host has a private, loopback or link-local address are refused "
                    + "(422 calendar-url-not-allowed). At most 10 a listing, one per URL.")
    @APIResponse(responseCode = "201", description = "The subscription, not synced yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarSubscriptionResponse.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public Response subscribe(@PathParam("id") String id, CalendarSubscriptionRequest body) {
        Caller caller = currentUser.require();
        if (body == null) {
            throw InvalidInput.field("body", "must be a JSON object with a name and a url");
        }
        CalendarSubscription subscription = subscriptions.subscribe(ListingIds.parse(id), caller, body.name(), body.url());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(subscription.id().toString()).build())
                .entity(CalendarSubscriptionResponse.of(subscription)).build();
    }

    @GET
    @Operation(operationId = "listCalendarSubscriptions", summary = "The listing's calendar subscriptions",
            description = "Oldest first, each with the outcome of its last syncs (at most 10, so one page).")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<CalendarSubscriptionResponse> list(@PathParam("id") String id) {
        Caller caller = currentUser.require();
        return new Page<>(subscriptions.ofListing(ListingIds.parse(id), caller).stream().map(CalendarSubscriptionResponse::of).toList(), null);
    }

    @GET
    @Path("{subscriptionId}")
    @Operation(operationId = "getCalendarSubscription", summary = "A calendar subscription and its last syncs")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarSubscriptionResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarSubscriptionResponse get(@PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId) {
        Caller caller = currentUser.require();
        return CalendarSubscriptionResponse.of(subscriptions.toManage(ListingIds.parse(id), caller, subscriptionId(subscriptionId)));
    }

    @POST
    @Path("{subscriptionId}/sync")
    @Operation(operationId = "syncCalendarSubscription", summary = "Sync a subscribed calendar now",
            description = "Fetches the feed and replaces the nights the subscription blocks. A feed that cannot be fetched (refused "
                    + "address, redirect to one, too large, too slow, HTTP error) or read is 422 calendar-sync-failed, recorded as "
                    + "the subscription's last error; the nights blocked before stay as they were.")
    @APIResponse(responseCode = "200", description = "The subscription after the sync",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarSubscriptionResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public CalendarSubscriptionResponse syncNow(@PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId) {
        Caller caller = currentUser.require();
        return CalendarSubscriptionResponse.of(sync.syncNow(ListingIds.parse(id), caller, subscriptionId(subscriptionId)));
    }

    @DELETE
    @Path("{subscriptionId}")
    @Operation(operationId = "unsubscribeCalendar", summary = "Remove a calendar subscription",
            description = "The nights it blocked become available again (the host's own blocks stay).")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response unsubscribe(@PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId) {
        Caller caller = currentUser.require();
        ListingId listing = ListingIds.parse(id);
        subscriptions.unsubscribe(listing, caller, subscriptionId(subscriptionId));
        return Response.noContent().build();
    }

    private static UUID subscriptionId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("calendar-subscription-not-found", "The listing has no such calendar subscription.");
        }
    }
}
