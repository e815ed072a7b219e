package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.listings.internal.application.CalendarExchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/listings/{id}/calendar.ics")
@ApplicationScoped
@Tag(name = "Calendar")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    CalendarExchange exchange;
    @Inject
    CurrentUser currentUser;

    @GET
    @Produces("text/calendar")
    @Operation(operationId = "exportCalendar", summary = "The listing's unavailable nights as iCalendar",
            description = "One all-day event per run of blocked or booked nights over the next 12 months, for other platforms to import.")
    @APIResponse(responseCode = "200", description = "An RFC 5545 calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response feed(@PathParam("id") String id) {
        return Response.ok(exchange.feed(ListingIds.parse(id), currentUser.caller()), TEXT_CALENDAR).build();
    }
}
