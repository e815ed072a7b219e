package dev.staybook.listings.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link Photo} is stored in the listing's ordered photo table. */
@Embeddable
public class ListingPhoto {

    @Column(nullable = false)
    private String url;

    private String caption;

    protected ListingPhoto() {
        // for JPA
    }

    ListingPhoto(Photo photo) {
        this.url = photo.url();
        this.caption = photo.caption();
    }

    Photo photo() {
        return new Photo(url, caption);
    }
}
