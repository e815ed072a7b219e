package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.PayloadTooLarge;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.event.ListingUpdated;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import dev.staybook.listings.internal.domain.Photo;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import dev.staybook.listings.internal.image.CleanImage;
import dev.staybook.listings.internal.image.ImageLimits;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A host's uploaded photos: upload, reorder (with the photos given by address), delete. Each change is a listing
 * update like any other, announced by {@link ListingUpdated} (which drops the cached public views).
 */
@ApplicationScoped
@Transactional
public class ListingPhotoService {

    @Inject
    VisibleListings visible;
    @Inject
    UploadedPhotoFiles files;
    @Inject
    PhotoSettings settings;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    /** The limits an upload is held to; the web layer stops reading past {@link ImageLimits#maxBytes()}. */
    public ImageLimits limits() {
        return settings.limits();
    }

    public UploadedPhoto upload(ListingId id, Caller caller, byte[] upload, String caption) {
        Listing listing = visible.toManage(id, caller);
        listing.requireNotArchived();
        if (upload.length > limits().maxBytes()) {
            throw tooLarge(limits());
        }
        CleanImage image = CleanImage.of(upload, limits());
        Photo photo = Photo.stored(files.keep(image), caption);
        Instant now = clock.instant();
        listing.addUpload(photo, now);
        announce(listing, now);
        return new UploadedPhoto(photo, image.type(), image.size(), image.bytes().length);
    }

    public ListingSnapshot reorder(ListingId id, Caller caller, List<String> order) {
        Listing listing = visible.toManage(id, caller);
        Instant now = clock.instant();
        listing.reorderPhotos(order, now);
        announce(listing, now);
        return listing.snapshot();
    }

    public void delete(ListingId id, Caller caller, StoredPhotoId photo) {
        Listing listing = visible.toManage(id, caller);
        Instant now = clock.instant();
        listing.removeUpload(photo, now);
        announce(listing, now);
        files.release(Set.of(photo));
    }

    public static PayloadTooLarge tooLarge(ImageLimits limits) {
        return new PayloadTooLarge("photo-too-large", "A photo may have at most " + limits.maxBytes() + " bytes.");
    }

    private void announce(Listing listing, Instant now) {
        outbox.publish(new ListingUpdated(UuidV7.generate(now), listing.id(), listing.hostId(), now));
    }
}
