package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.application.CalendarFeeds;
import dev.staybook.listings.internal.domain.CalendarFeedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The host's view of the listing's export feed URL, and its rotation. */
@Path("/listings/{id}/calendar/feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Calendar")
public class CalendarFeedTokenResource {

    @Inject
    CalendarFeeds feeds;
    @Inject
    CurrentUser currentUser;
    @Inject
    @ConfigProperty(name = "staybook.public-url")
    Optional<String> publicUrl;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "getCalendarFeed", summary = "The listing's export feed URL, with its secret token",
            description = "The token is made on the first read and stays until rotated.")
    @APIResponse(responseCode = "200", description = "The feed URL and token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarFeedResponse get(@PathParam("id") String id) {
        ListingId listing = ListingIds.parse(id);
        return response(listing, feeds.token(listing, currentUser.require()));
    }

    @POST
    @Path("rotate")
    @Operation(operationId = "rotateCalendarFeed", summary = "Give the export feed a new token",
            description = "The old URL stops working at once (404); platforms importing it need the new one.")
    @APIResponse(responseCode = "200", description = "The new feed URL and token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarFeedResponse rotate(@PathParam("id") String id) {
        ListingId listing = ListingIds.parse(id);
        return response(listing, feeds.rotate(listing, currentUser.require()));
    }

    /**
     * The URL other platforms fetch, from the server's public address when one is configured: the request's own Host
     * header may be an internal name behind a proxy, or whatever the caller sent.
     */
    private CalendarFeedResponse response(ListingId listing, CalendarFeedToken token) {
        UriBuilder base = publicUrl.map(url -> UriBuilder.fromUri(url).path("api/v1")).orElseGet(uriInfo::getBaseUriBuilder);
        String url = base.path("listings").path(listing.toString()).path("calendar.ics")
                .queryParam("token", token.value()).build().toString();
        return new CalendarFeedResponse(url, token.value());
    }
}
