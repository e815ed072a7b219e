package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.internal.application.QuoteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/quotes")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
public class QuoteResource {

    @Inject
    QuoteService quotes;

    @POST
    @Operation(operationId = "quoteStay", summary = "Price a stay",
            description = "Nights at their nightly rates, length-of-stay discount, cleaning fee, service fee and taxes, "
                    + "after checking the stay could be booked. A booking with the same details charges exactly this.")
    @APIResponse(responseCode = "200", description = "The price breakdown")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public QuoteResponse quote(@Valid @NotNull QuoteRequest body) {
        return QuoteResponse.of(quotes.quote(StayInput.listing(body.listingId()),
                StayInput.stay(body.checkIn(), body.checkOut()),
                GuestInput.of(body)));
    }
}
