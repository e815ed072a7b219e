package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.internal.application.BookingDetails;
import dev.staybook.bookings.internal.application.BookingQueries;
import dev.staybook.bookings.internal.application.BookingService;
import dev.staybook.bookings.internal.application.PlaceBooking;
import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.input.IdempotencyKeyInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bookings", description = "Quotes, bookings and their lifecycle: accept, decline, cancel")
public class BookingResource {

    @Inject
    BookingService bookings;
    @Inject
    BookingQueries queries;
    @Inject
    CurrentUser currentUser;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeBooking", summary = "Book a stay",
            description = "Holds the dates and waits for the payment (PENDING_PAYMENT); once it is authorized the booking "
                    + "is CONFIRMED (instant book) or REQUESTED (the host answers within 24 hours). Send an "
                    + "Idempotency-Key to retry safely: the same key and body return the same booking. Send the quoted total "
                    + "as expectedTotal to book only at that price (otherwise 409 price-changed, with the new total). Needs a verified email "
                    + "address when STAYBOOK_EMAIL_VERIFICATION is mandatory (403 email-not-verified).")
    @APIResponse(responseCode = "201", description = "The booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "Idempotent-Replayed", ref = "IdempotentReplayed")})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "BookingConflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response place(@Valid @NotNull PlaceBookingRequest body,
                          @Parameter(description = "The client's key for this booking, " + IdempotencyKeyInput.RULE,
                                  schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255, pattern = "[\\x21-\\x7E]+"))
                          @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller guest = currentUser.requireVerified();
        IdempotencyKeyInput.optional("Idempotency-Key", idempotencyKey);
        Guests guests = GuestInput.of(body);
        PlaceBooking command = new PlaceBooking(StayInput.listing(body.listingId()), StayInput.stay(body.checkIn(), body.checkOut()),
                guests, body.message(), body.expectedMoney(), idempotencyKey, RequestFingerprint.of(body, guests));
        BookingService.Placed placed;
        try {
            placed = bookings.place(guest, command);
        } catch (Conflict inProgress) {
            // a concurrent request with the same key won the race: answer with its booking
            placed = "idempotency-key-in-use".equals(inProgress.code())
                    ? bookings.replay(guest, command).orElseThrow(() -> inProgress) : rethrow(inProgress);
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("bookings").path(placed.booking().id().toString()).build())
                .header("Idempotent-Replayed", placed.replayed() ? "true" : null)
                .entity(BookingResponse.of(placed.booking(), false)).build();
    }

    @GET
    @Operation(operationId = "listBookings", summary = "Own bookings",
            description = "as=guest (default): the caller's trips; as=host: bookings of the caller's listings. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of bookings")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Page<BookingResponse> list(@QueryParam("as") @DefaultValue("guest") @Pattern(regexp = "^(guest|host)$") String as,
                                      @QueryParam("status") String status,
                                      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                      @QueryParam("cursor") String cursor) {
        Caller caller = currentUser.require();
        Party party = "host".equals(as) ? Party.HOST : Party.GUEST;
        BookingStatus filter = BookingListing.status(status);
        List<BookingDetails> page = queries.page(caller, party, filter, BookingListing.position(cursor), limit + 1);
        return BookingListing.page(page, limit, party == Party.HOST);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBooking",
            summary = "A booking", description = "Only its guest, its host and administrators (support) may see it; anyone else gets 404. "
                    + "Once confirmed it gives the listing's exact address, which the listing itself shows its host only.")
    @APIResponse(responseCode = "200", description = "The booking")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BookingResponse get(@PathParam("id") String id) {
        Caller caller = currentUser.require();
        BookingDetails booking = queries.details(caller, BookingListing.id(id));
        return BookingResponse.of(booking, seesHostView(caller, booking), queries.exactAddress(booking).orElse(null));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptBooking", summary = "Accept a request to book", description = "Its host only.")
    @APIResponse(responseCode = "200", description = "The confirmed booking")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BookingResponse accept(@PathParam("id") String id) {
        return BookingResponse.of(bookings.accept(currentUser.require(), BookingListing.id(id)), true);
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineBooking",
            summary = "Decline a request to book", description = "Its host only. The guest's payment is released.")
    @APIResponse(responseCode = "200", description = "The declined booking")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BookingResponse decline(@PathParam("id") String id, @Valid ReasonRequest body) {
        return BookingResponse.of(bookings.decline(currentUser.require(), BookingListing.id(id), reason(body)), true);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking",
            description = "Its guest (refund per the booking's cancellation policy) or its host (full refund to the guest).")
    @APIResponse(responseCode = "200", description = "The cancelled booking with its refund")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BookingResponse cancel(@PathParam("id") String id, @Valid ReasonRequest body) {
        Caller caller = currentUser.require();
        BookingDetails cancelled = bookings.cancel(caller, BookingListing.id(id), reason(body));
        return BookingResponse.of(cancelled, seesHostView(caller, cancelled));
    }

    private static boolean seesHostView(Caller caller, BookingDetails booking) {
        return caller.id().value().equals(booking.hostId()) || caller.isAdmin();
    }

    private static String reason(ReasonRequest body) {
        return body == null ? null : body.reason();
    }

    private static <T> T rethrow(RuntimeException e) {
        throw e;
    }
}
