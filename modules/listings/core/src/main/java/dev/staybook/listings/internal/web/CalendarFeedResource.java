package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.application.CalendarExchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/listings/{id}/calendar.ics")
@ApplicationScoped
@Tag(name = "Calendar")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    CalendarExchange exchange;

    @GET
    @Produces("text/calendar")
    @Operation(operationId = "exportCalendar", summary = "The listing's unavailable nights as iCalendar",
            description = "One all-day event per run of blocked or booked nights over the next 12 months, for other platforms to import. "
                    + "The URL carries the listing's secret feed token (GET /listings/{id}/calendar/feed gives the whole URL to the host); "
                    + "without it, or with a wrong or rotated one, the feed is not found.")
    @APIResponse(responseCode = "200", description = "An RFC 5545 calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response feed(@PathParam("id") String id,
            @Parameter(description = "The listing's feed token", required = true) @QueryParam("token") String token) {
        // its address is a secret: no shared cache may keep it, nor go on serving it after the token is rotated
        return Response.ok(exchange.feed(ListingIds.parse(id), token), TEXT_CALENDAR).header("Cache-Control", "private, no-store").build();
    }
}
