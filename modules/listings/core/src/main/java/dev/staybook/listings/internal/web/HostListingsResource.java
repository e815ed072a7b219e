package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users/me/listings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Listings")
public class HostListingsResource {

    @Inject
    ListingService listings;
    @Inject
    CurrentUser currentUser;

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listOwnListings",
            summary = "The signed-in user's own listings", description = "Every status, newest first; keyset pagination.")
    @APIResponse(responseCode = "200", description = "A page of listings")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Page<OwnListingResponse> ownListings(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor) {
        Caller caller = currentUser.require();
        UUID before = cursor == null ? null : beforeId(cursor);
        List<ListingSnapshot> page = listings.ownListings(caller, before, limit + 1);
        String next = page.size() > limit ? Cursor.encode(page.get(limit - 1).id().toString()) : null;
        return new Page<>(page.stream().limit(limit).map(OwnListingResponse::of).toList(), next);
    }

    private static UUID beforeId(String cursor) {
        try {
            return UUID.fromString(Cursor.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }
}
