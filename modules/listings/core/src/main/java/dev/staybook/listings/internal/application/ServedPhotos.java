package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingRepository;
import dev.staybook.listings.internal.domain.PhotoStore;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import dev.staybook.listings.internal.image.ImageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Uploaded photos to serve. A photo is shown to whoever may see a listing that shows it (anyone for a published
 * listing, its host and administrators otherwise: the listing's own rule); to anyone else it does not exist.
 */
@ApplicationScoped
@Transactional
public class ServedPhotos {

    /** More listings than this showing the same bytes is unheard of; one published among them is enough. */
    private static final int LISTINGS_TO_CHECK = 50;

    @Inject
    ListingRepository listings;
    @Inject
    PhotoStore store;

    public ServedPhoto open(StoredPhotoId id, Optional<Caller> caller) {
        List<Listing> showing = listings.showingUpload(id, LISTINGS_TO_CHECK);
        if (showing.stream().noneMatch(listing -> listing.isVisibleTo(caller))) {
            throw new NotFound("photo-not-found", "There is no such photo.");
        }
        boolean published = showing.stream().anyMatch(listing -> listing.status() == ListingStatus.PUBLISHED);
        byte[] bytes = store.get(id).orElseThrow(() -> new NotFound("photo-not-found", "The photo is no longer stored."));
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new IllegalStateException("stored photo " + id + " is not an image"));
        return new ServedPhoto(id, type, bytes, published);
    }

    /** A stored photo's bytes; public when a published listing shows it, so that shared caches may keep it. */
    public record ServedPhoto(StoredPhotoId id, ImageType type, byte[] bytes, boolean isPublic) {
    }
}
