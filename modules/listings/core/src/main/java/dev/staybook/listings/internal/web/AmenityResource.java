package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.application.AmenityCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/amenities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Amenities", description = "The catalogue of amenities listings choose from")
public class AmenityResource {

    @Inject
    AmenityCatalogue catalogue;

    @GET
    @Operation(operationId = "listAmenities",
            summary = "The amenity catalogue", description = "Ordered by category and code; optionally one category.")
    @APIResponse(responseCode = "200", description = "The amenities")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<AmenityResponse> list(@QueryParam("category") @Pattern(regexp = "^[a-z][a-z0-9_]{1,39}$") String category) {
        return catalogue.list(category).stream().map(AmenityResponse::of).toList();
    }
}
