package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.ProblemJson;
import dev.staybook.listings.internal.application.Wishlists;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.Wishlist;
import dev.staybook.listings.internal.domain.WishlistEntry;
import dev.staybook.listings.internal.domain.WishlistName;
import dev.staybook.listings.internal.domain.WishlistRepository.EntryPosition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's wishlists. Another user's list does not exist for the caller (404). */
@Path("/users/me/wishlists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Wishlists", description = "Named lists of listings a user keeps")
public class WishlistResource {

    @Inject
    Wishlists wishlists;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWishlist", summary = "Start a wishlist", description = "A name of 1 to 50 characters; at most 100 lists a user.")
    @APIResponse(responseCode = "201", description = "The new, empty list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WishlistResponse.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public Response create(WishlistRequest body) {
        Caller caller = currentUser.require();
        Wishlist wishlist = wishlists.create(caller, name(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(wishlist.id().toString()).build())
                .entity(WishlistResponse.of(wishlist)).build();
    }

    @GET
    @Operation(operationId = "listWishlists", summary = "The caller's wishlists", description = "Newest first, with item counts; keyset pagination.")
    @APIResponse(responseCode = "200", description = "A page of lists")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Page<WishlistResponse> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor) {
        Caller caller = currentUser.require();
        UUID before = cursor == null ? null : WishlistCursors.wishlist(cursor);
        List<Wishlist> page = wishlists.owned(caller, before, limit + 1);
        String next = page.size() > limit ? Cursor.encode(page.get(limit - 1).id().toString()) : null;
        return new Page<>(page.stream().limit(limit).map(WishlistResponse::of).toList(), next);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWishlist", summary = "A wishlist and its listings",
            description = "Last added first, as search cards. With checkIn and checkOut (together; the rules and messages of search), "
                    + "available says whether that stay can be booked and stayPrice prices it; without, whether the listing is published. "
                    + "guests 1..50. limit 1..100 (20); cursor from the previous page.")
    @APIResponse(responseCode = "200", description = "The list and a page of its listings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WishlistPageResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WishlistPageResponse get(@PathParam("id") String id, @QueryParam("checkIn") String checkIn,
            @QueryParam("checkOut") String checkOut, @QueryParam("guests") String guests,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit, @QueryParam("cursor") String cursor) {
        Caller caller = currentUser.require();
        UUID wishlistId = WishlistCursors.wishlistId(id);
        SearchCriteria stay = WishlistStayParameters.parse(checkIn, checkOut, guests, clock);
        EntryPosition after = cursor == null ? null : WishlistCursors.entry(cursor);
        Wishlists.EntriesPage page = wishlists.entries(caller, wishlistId, stay.stay(), stay.guests(), after, limit);
        String next = null;
        if (page.more()) {
            WishlistEntry last = page.entries().get(page.entries().size() - 1);
            next = WishlistCursors.entry(last.addedAt(), last.listing().id());
        }
        Wishlist wishlist = page.wishlist();
        return new WishlistPageResponse(wishlist.id().toString(), wishlist.name().value(), wishlist.itemCount(),
                page.entries().stream().map(WishlistItemResponse::of).toList(), next);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameWishlist", summary = "Rename a wishlist", description = "A name of 1 to 50 characters.")
    @APIResponse(responseCode = "200", description = "The renamed list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WishlistResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WishlistResponse rename(@PathParam("id") String id, WishlistRequest body) {
        Caller caller = currentUser.require();
        return WishlistResponse.of(wishlists.rename(caller, WishlistCursors.wishlistId(id), name(body)));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWishlist", summary = "Delete a wishlist", description = "The listings themselves stay as they are.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id) {
        wishlists.delete(currentUser.require(), WishlistCursors.wishlistId(id));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/listings/{listingId}")
    @Operation(operationId = "addToWishlist", summary = "Add a listing to a wishlist",
            description = "Idempotent: adding a listing the list holds changes nothing. Published listings only; at most 1000 a list.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "The list holds the listing")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public Response add(@PathParam("id") String id, @PathParam("listingId") String listingId) {
        wishlists.add(currentUser.require(), WishlistCursors.wishlistId(id), ListingIds.parse(listingId));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/listings/{listingId}")
    @Operation(operationId = "removeFromWishlist", summary = "Remove a listing from a wishlist",
            description = "Idempotent: removing a listing the list does not hold changes nothing.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "The list does not hold the listing")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response remove(@PathParam("id") String id, @PathParam("listingId") String listingId) {
        wishlists.remove(currentUser.require(), WishlistCursors.wishlistId(id), ListingIds.parse(listingId));
        return Response.noContent().build();
    }

    private static WishlistName name(WishlistRequest body) {
        if (body == null) {
            throw InvalidInput.field("body", "must be a JSON object with a name");
        }
        return new WishlistName(body.name());
    }
}
