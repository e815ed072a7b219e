package dev.staybook.listings.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link Photo} is stored in the listing's ordered photo table. */
@Embeddable
public class ListingPhoto {

    @Column(nullable = false)
    private String url;

    private String caption;

    /** Set for uploaded photos, so that the store's references are found by index. */
    @Column(name = "stored_photo_id")
    private String storedPhotoId;

    protected ListingPhoto() {
        // for JPA
    }

    ListingPhoto(Photo photo) {
        this.url = photo.url();
        this.caption = photo.caption();
        this.storedPhotoId = photo.storedId().map(StoredPhotoId::value).orElse(null);
    }

    Photo photo() {
        return new Photo(url, caption);
    }
}
