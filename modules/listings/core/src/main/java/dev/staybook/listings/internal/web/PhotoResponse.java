package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.Photo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo's address and caption. */
@Schema(requiredProperties = "url")
public record PhotoResponse(String url, String caption) {

    static PhotoResponse of(Photo photo) {
        return photo == null ? null : new PhotoResponse(photo.url(), photo.caption());
    }
}
