package dev.staybook.listings.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.kernel.error.ProblemJson;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.application.ListingPhotoService;
import dev.staybook.listings.internal.application.UploadedPhoto;
import dev.staybook.listings.internal.domain.ListingPhotos;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import dev.staybook.listings.internal.image.ImageLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A host's uploaded photos of a listing: upload, reorder (with the photos given by address), delete. */
@Path("/listings/{id}/photos")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Listings")
public class ListingPhotoResource {

    @Inject
    ListingPhotoService photos;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserDirectory users;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadListingPhoto", summary = "Upload a photo of a listing",
            description = "For the listing's host (or an administrator). The part named file is a JPEG, PNG or WebP image, "
                    + "told by its content (its name and declared type are ignored), of at most STAYBOOK_PHOTO_MAX_BYTES bytes "
                    + "(413 above) and within STAYBOOK_PHOTO_MAX_SIDE and STAYBOOK_PHOTO_MAX_PIXELS by its header (422 above, "
                    + "before any decoding). Anything else is 422 unsupported-image. Metadata (EXIF with GPS, XMP, comments, "
                    + "text chunks) is removed without re-encoding. The photo joins the listing's photos last, with its url. "
                    + "A server reads STAYBOOK_PHOTO_CONCURRENT_UPLOADS uploads at once; another that waited 10 s for its turn "
                    + "is 503 uploads-busy with Retry-After.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "The image"),
                    @SchemaProperty(name = "caption", type = SchemaType.STRING, maxLength = 200, description = "What it shows")})))
    @APIResponse(responseCode = "201", description = "The stored photo; Location is where it is served",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoUploadResponse.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response upload(@PathParam("id") String id, List<EntityPart> parts) {
        Caller caller = currentUser.require();
        ImageLimits limits = photos.limits();
        MultipartUpload upload = MultipartUpload.read(parts, limits.maxBytes(), ListingPhotoService.tooLarge(limits));
        UploadedPhoto uploaded = photos.upload(ListingIds.parse(id), caller, upload.file(), upload.caption());
        PhotoUploadResponse response = PhotoUploadResponse.of(uploaded);
        return Response.created(uriInfo.getBaseUriBuilder().path("photos").path(response.id()).build()).entity(response).build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reorderListingPhotos", summary = "Reorder a listing's photos",
            description = "For the listing's host (or an administrator). Names every photo once, first photo first: uploaded "
                    + "photos by id or url, photos given by address by url.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PhotoOrderRequest.class)))
    @APIResponse(responseCode = "200", description = "The listing with its photos in the new order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Listing")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject reorder(@PathParam("id") String id, JsonValue body) {
        Caller caller = currentUser.require();
        ListingSnapshot listing = photos.reorder(ListingIds.parse(id), caller, PhotoOrderRequest.read(body).order());
        return ListingResponse.of(listing, users.publicProfile(listing.hostId()));
    }

    @DELETE
    @Path("/{photoId}")
    @Operation(operationId = "deleteListingPhoto", summary = "Delete an uploaded photo of a listing",
            description = "For the listing's host (or an administrator). A published listing keeps at least one photo (422). "
                    + "The stored file goes once no listing shows it; photos given by address are changed with PATCH.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public Response delete(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        Caller caller = currentUser.require();
        ListingId listing = ListingIds.parse(id);
        StoredPhotoId photo = StoredPhotoId.parse(photoId).orElseThrow(ListingPhotos::notShown);
        photos.delete(listing, caller, photo);
        return Response.noContent().build();
    }
}
