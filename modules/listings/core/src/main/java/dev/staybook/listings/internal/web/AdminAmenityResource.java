package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.application.AmenityCatalogue;
import dev.staybook.listings.internal.domain.Amenity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/amenities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminAmenityResource {

    @Inject
    AmenityCatalogue catalogue;
    @Inject
    CurrentUser currentUser;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAmenity",
            summary = "Add an amenity to the catalogue", description = "Code (lower-case, unique), name and category.")
    @APIResponse(responseCode = "201", description = "The new amenity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmenityResponse.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response add(AddAmenityRequest body) {
        currentUser.require().requireRole(Role.ADMIN);
        if (body == null) {
            throw InvalidInput.field("body", "must be a JSON object with code, name and category");
        }
        Amenity amenity = catalogue.add(body.code(), body.name(), body.category());
        return Response.created(uriInfo.getBaseUriBuilder().path("amenities").queryParam("category", amenity.category()).build())
                .entity(AmenityResponse.of(amenity)).build();
    }
}
