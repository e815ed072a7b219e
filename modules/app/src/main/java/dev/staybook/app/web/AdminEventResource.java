package dev.staybook.app.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.outbox.DeliveryAdministration;
import dev.staybook.outbox.DeliveryState;
import dev.staybook.outbox.EventDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Event deliveries for administrators: each event's delivery to each subscriber, by state. A delivery that
 * failed its last attempt is {@code failed} (parked) with its last error, until it is retried or dismissed.
 */
@Path("/admin/events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminEventResource {

    /** The states as the API names them: a parked delivery is a failed one. */
    private static final Map<String, DeliveryState> STATES = Map.of("failed", DeliveryState.PARKED, "pending", DeliveryState.PENDING,
            "delivered", DeliveryState.DELIVERED, "dismissed", DeliveryState.DISMISSED);

    @Inject
    DeliveryAdministration deliveries;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listEventDeliveries", summary = "Event deliveries by state",
            description = "Deliveries of events to subscribers, newest first: failed (parked after their last attempt, with the"
                    + " error), pending (with the last error of a failed attempt, if any), delivered or dismissed.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<EventDeliveryResponse> list(@QueryParam("state") @DefaultValue("failed") String state,
                                            @QueryParam("subscriber") String subscriber,
                                            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                            @QueryParam("cursor") String cursor) {
        requireAdministrator();
        // a name none of the registered subscribers has is refused (400) before it reaches the database
        List<EventDelivery> found = deliveries.page(state(state), blankToNull(subscriber), position(cursor), limit + 1);
        String next = found.size() > limit ? Cursor.encode(Long.toString(found.get(limit - 1).id())) : null;
        return new Page<>(found.stream().limit(limit).map(EventDeliveryResponse::of).toList(), next);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEventDelivery", summary = "One event delivery")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EventDeliveryResponse get(@PathParam("id") String id) {
        requireAdministrator();
        return EventDeliveryResponse.of(deliveries.find(deliveryId(id)));
    }

    @POST
    @Path("{id}/retry")
    @Operation(operationId = "retryEventDelivery",
            summary = "Retry a delivery", description = "Makes a failed or pending delivery due at once. One more failure parks"
            + " it again. A delivered one is refused: it would be delivered twice. So is a dismissed one whose event carries"
            + " secrets (a one-time token): they are erased once no delivery of the event is pending or parked.")
    @APIResponse(responseCode = "200", description = "The delivery, pending")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public EventDeliveryResponse retry(@PathParam("id") String id) {
        requireAdministrator();
        return EventDeliveryResponse.of(deliveries.retry(deliveryId(id)));
    }

    @POST
    @Path("{id}/dismiss")
    @Operation(operationId = "dismissEventDelivery",
            summary = "Dismiss a delivery", description = "Gives up a failed or pending delivery for good; the subscriber never"
            + " gets that event. Later events of the same aggregate are no longer held back by it.")
    @APIResponse(responseCode = "200", description = "The delivery, dismissed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public EventDeliveryResponse dismiss(@PathParam("id") String id) {
        requireAdministrator();
        return EventDeliveryResponse.of(deliveries.dismiss(deliveryId(id)));
    }

    static String stateName(DeliveryState state) {
        return STATES.entrySet().stream().filter(entry -> entry.getValue() == state).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private void requireAdministrator() {
        currentUser.require().requireRole(Role.ADMIN);
    }

    private static DeliveryState state(String state) {
        DeliveryState found = STATES.get(state.strip().toLowerCase(Locale.ROOT)); // as the other admin lists, any letter case
        if (found == null) {
            throw InvalidInput.field("state", "must be one of " + STATES.keySet().stream().sorted().toList());
        }
        return found;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long position(String cursor) {
        return cursor == null ? null : deliveryId(Cursor.decode(cursor, 1).get(0), "cursor", "is not a cursor this list returned");
    }

    /** An id in the path that is no delivery's is a missing delivery (404), as a malformed id is everywhere in the API. */
    private static long deliveryId(String id) {
        return parsedId(id).orElseThrow(() -> new NotFound("delivery-not-found", "There is no such event delivery."));
    }

    private static long deliveryId(String text, String field, String message) {
        return parsedId(text).orElseThrow(() -> InvalidInput.field(field, message));
    }

    private static Optional<Long> parsedId(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
