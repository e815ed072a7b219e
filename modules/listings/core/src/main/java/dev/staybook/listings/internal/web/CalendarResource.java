package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.DateInput;
import dev.staybook.listings.internal.application.CalendarExchange;
import dev.staybook.listings.internal.application.CalendarService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/listings/{id}/calendar")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Availability and prices per night; iCalendar sync")
public class CalendarResource {

    static final int MAX_IMPORT_BYTES = 1024 * 1024;

    @Inject
    CalendarService calendars;
    @Inject
    CalendarExchange exchange;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getCalendar", summary = "A listing's nights",
            description = "Dates are in the listing's time zone; the span is [from, to), by default today and the next 30 days, "
                    + "at most 366 days. Hosts and administrators also see their notes on blocked nights.")
    @APIResponse(responseCode = "200", description = "Each night's status, price and minimum stay")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarResponse view(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return CalendarResponse.of(calendars.view(ListingIds.parse(id), currentUser.caller(), date("from", from), date("to", to)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateCalendar", summary = "Block, unblock and reprice nights",
            description = "Up to 50 changes of at most 366 nights each, none in the past, all applied or none. A price of null "
                    + "returns to the base price. Booked nights cannot be blocked (409 dates-booked).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CalendarChanges")))
    @APIResponse(responseCode = "200", description = "The calendar over the span the changes cover")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CalendarResponse change(@PathParam("id") String id, JsonValue body) {
        Caller caller = currentUser.require();
        return CalendarResponse.of(calendars.change(ListingIds.parse(id), caller, CalendarChangesReader.read(RequestBodies.object(body))));
    }

    @POST
    @Path("/import")
    @Consumes("text/calendar")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importCalendar", summary = "Block the nights of an iCalendar file",
            description = "At most 1 MB. Each VEVENT blocks its nights in the listing's time zone (the summary becomes the note); "
                    + "events in the past are skipped, booked nights stay booked and the answer names them (doubleBooked).")
    @APIResponse(responseCode = "200", description = "How many events were imported and nights blocked, and the booked nights the file also takes")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CalendarImportResponse importCalendar(@PathParam("id") String id, InputStream body) throws IOException {
        Caller caller = currentUser.require();
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_IMPORT_BYTES + 1);
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw InvalidInput.field("body", "must be at most 1 MB");
        }
        return CalendarImportResponse.of(exchange.importCalendar(ListingIds.parse(id), caller, new String(bytes, StandardCharsets.UTF_8)));
    }

    private static LocalDate date(String name, String text) {
        try {
            return text == null || text.isBlank() ? null : DateInput.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.field(name, "must be a date such as 2027-03-01");
        }
    }
}
