package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.application.UploadedPhoto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uploaded photo as stored: its id, where it is served, and what it is once its metadata was dropped. */
@Schema(name = "UploadedPhoto", requiredProperties = {"id", "url", "mediaType", "width", "height", "bytes"})
public record PhotoUploadResponse(
        @Schema(description = "SHA-256 of the stored bytes; names the photo in reorder and delete") String id,
        @Schema(description = "Where the photo is served, relative to the server, as the listing's photos show it") String url,
        String caption,
        @Schema(description = "From the file's content: image/jpeg, image/png or image/webp") String mediaType,
        int width, int height,
        @Schema(description = "Size of the stored file, without the metadata the upload had") int bytes) {

    static PhotoUploadResponse of(UploadedPhoto uploaded) {
        return new PhotoUploadResponse(uploaded.photo().storedId().orElseThrow().value(), uploaded.photo().url(),
                uploaded.photo().caption(), uploaded.type().mediaType(), uploaded.size().width(), uploaded.size().height(),
                uploaded.bytes());
    }
}
