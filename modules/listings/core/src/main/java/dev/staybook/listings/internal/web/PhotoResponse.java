package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.Photo;

/** A photo's address and caption. */
public record PhotoResponse(String url, String caption) {

    static PhotoResponse of(Photo photo) {
        return photo == null ? null : new PhotoResponse(photo.url(), photo.caption());
    }
}
