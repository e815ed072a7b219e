package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.listings.internal.application.ServedPhotos;
import dev.staybook.listings.internal.application.ServedPhotos.ServedPhoto;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Uploaded photos, by id. The bytes under an id never change (the id is their hash), so the id is the strong ETag
 * and a photo a published listing shows may be cached by anyone for a year.
 */
@Path("/photos")
@ApplicationScoped
@Tag(name = "Listings")
public class PhotoResource {

    static final String CACHE_FOR_EVER = "public, max-age=31536000, immutable";

    @Inject
    ServedPhotos photos;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getPhoto", summary = "An uploaded photo",
            description = "Anyone may fetch the photos of published listings; the photos of other listings only their host "
                    + "and administrators. The content type is the one found in the file. Strong ETag (the id); "
                    + "If-None-Match answers 304. Without an Authorization header, a published listing's photo is sent with "
                    + "Cache-Control: " + CACHE_FOR_EVER + ".")
    @APIResponse(responseCode = "200", description = "The image, without its metadata",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "The copy named in If-None-Match is current",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response photo(@PathParam("photoId") String photoId, @Context HttpHeaders headers) {
        StoredPhotoId id = StoredPhotoId.parse(photoId).orElseThrow(() -> new NotFound("photo-not-found", "There is no such photo."));
        ServedPhoto photo = photos.open(id, currentUser.caller());
        EntityTag tag = new EntityTag(id.value());
        Response.ResponseBuilder response = IfNoneMatch.names(headers, tag) ? Response.notModified(tag)
                : Response.ok(photo.bytes(), photo.type().mediaType()).tag(tag);
        if (photo.isPublic() && headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            // answers to signed-in requests are never stored by shared caches (SecurityHeaders)
            response.header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_EVER);
        }
        return response.build();
    }
}
