package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.ProblemJson;
import dev.staybook.kernel.http.HonorsIfMatch;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.listings.internal.application.ShownListing;
import dev.staybook.listings.internal.domain.ListingDetails;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/listings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Listings", description = "Places to stay: create, publish, change, archive")
public class ListingResource {

    @Inject
    ListingService listings;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserDirectory users;
    @Inject
    PublicListingCache publicCache;
    @Context
    UriInfo uriInfo;
    @Context
    Request request;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createListing", summary = "Create a listing",
            description = "Needs the HOST role and, when STAYBOOK_EMAIL_VERIFICATION is mandatory, a verified email address "
                    + "(403 email-not-verified). Required: title, propertyType, roomType, address (city, country), location, "
                    + "timeZone, capacity, pricing.nightlyPrice. Starts as a DRAFT unless \"publish\": true, which needs a "
                    + "description and at least one photo.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ListingInput")))
    @APIResponse(responseCode = "201", description = "The new listing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Listing")),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public Response create(JsonValue json) {
        Caller host = currentUser.requireVerified().requireRole(Role.HOST);
        JsonObject body = RequestBodies.object(json);
        ListingDetails details = ListingJsonReader.read(body, Set.of("publish"));
        ListingSnapshot listing = listings.create(host, details, publishRequested(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(listing.id().toString()).build())
                .entity(respond(listing)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getListing",
            summary = "A listing", description = "Published listings for anyone; others only for their host and administrators. "
            + "The exact address (street, postal code) and location only for the host and administrators: anyone else sees the city "
            + "and the location to about a kilometre (two decimals), and "
            + "a guest whose stay is confirmed finds the address in the booking. What guests see, signed in or not, is cached "
            + "(X-Cache: HIT or MISS) until the listing changes. Strong ETag (of the body); If-None-Match answers 304, and "
            + "the host's ETag makes a change conditional (PATCH with If-Match).")
    @APIResponse(responseCode = "200", description = "The listing, with host and rating summary",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Listing")))
    @APIResponse(responseCode = "304", description = "The copy named in If-None-Match is current",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response view(@PathParam("id") String id) {
        ListingId listingId = ListingIds.parse(id);
        Optional<Caller> caller = currentUser.caller();
        if (caller.filter(ListingResource::mayManageListings).isPresent()) {
            // hosts and administrators may see drafts, and read their own changes at once: never from the cache
            return TaggedJson.ok(headers, respond(listings.show(listingId, caller)).toString()).build();
        }
        // guests, signed in or not, see what anyone sees: the published listing, without its exact address and location
        return publicCache.details(listingId, headers, () -> respond(listings.show(listingId, Optional.empty())).toString());
    }

    private static boolean mayManageListings(Caller caller) {
        return caller.isAdmin() || caller.roles().contains(Role.HOST);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateListing", summary = "Change a listing",
            description = "A JSON merge patch of the fields POST takes: objects merge, arrays are replaced, null removes an "
                    + "optional field. The result is validated as a whole. A new currency drops the calendar's price overrides. "
                    + "With If-Match (the ETag of the listing as read, by its host or an administrator), the change is made only "
                    + "if the listing is still as read: 412 listing-changed otherwise, and nothing changes.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(ref = "ListingPatch")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ListingPatch"))})
    @APIResponse(responseCode = "200", description = "The changed listing",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Listing")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @HonorsIfMatch
    public Response revise(@PathParam("id") String id, JsonValue patch,
                           @Parameter(description = "The ETag of the listing as last read: change it only if it is still so")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Caller caller = currentUser.require();
        Predicate<ShownListing> readAsIs = ifMatch == null ? asRead -> true
                : current -> request.evaluatePreconditions(new EntityTag(ListingTags.of(current))) == null;
        String revised = respond(listings.revise(ListingIds.parse(id), caller, ListingMergePatch.from(RequestBodies.object(patch)),
                readAsIs)).toString();
        return Response.ok(revised, MediaType.APPLICATION_JSON_TYPE).tag(TaggedJson.tagOf(revised)).build();
    }

    @POST
    @Path("/{id}/publish")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "publishListing",
            summary = "Publish a listing", description = "From DRAFT or UNPUBLISHED; needs a description and a photo.")
    @APIResponse(responseCode = "200", description = "The published listing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Listing")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public JsonObject publish(@PathParam("id") String id) {
        Caller caller = currentUser.require();
        return respond(listings.publish(ListingIds.parse(id), caller));
    }

    @POST
    @Path("/{id}/unpublish")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "unpublishListing",
            summary = "Take a listing out of search", description = "Only a PUBLISHED listing can be unpublished.")
    @APIResponse(responseCode = "200", description = "The unpublished listing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Listing")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject unpublish(@PathParam("id") String id) {
        Caller caller = currentUser.require();
        return respond(listings.unpublish(ListingIds.parse(id), caller));
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "archiveListing",
            summary = "Archive a listing", description = "For good: an archived listing never changes again. Refused "
                    + "(409 listing-has-upcoming-stays) while guests hold requested or booked stays there that have not ended. Idempotent.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response archive(@PathParam("id") String id) {
        Caller caller = currentUser.require();
        listings.archive(ListingIds.parse(id), caller);
        return Response.noContent().build();
    }

    private JsonObject respond(ListingSnapshot listing) {
        return ListingResponse.of(listing, users.publicProfile(listing.hostId()));
    }

    private static JsonObject respond(ShownListing shown) {
        return ListingResponse.of(shown.listing(), shown.host());
    }

    private static boolean publishRequested(JsonObject body) {
        JsonValue publish = body.get("publish");
        if (publish == null || publish == JsonValue.NULL || publish == JsonValue.FALSE) {
            return false;
        }
        if (publish != JsonValue.TRUE) {
            throw InvalidInput.field("publish", "must be true or false");
        }
        return true;
    }
}
