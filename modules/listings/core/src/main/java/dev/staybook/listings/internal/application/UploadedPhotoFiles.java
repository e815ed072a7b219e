package dev.staybook.listings.internal.application;

import dev.staybook.listings.internal.domain.ListingRepository;
import dev.staybook.listings.internal.domain.PhotoStore;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import dev.staybook.listings.internal.image.CleanImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * The uploaded photos' bytes in the {@link PhotoStore}, kept while a listing shows them: the same bytes uploaded
 * to several listings are stored once and deleted when the last of them drops the photo. Adding and deleting the
 * bytes of one id take turns ({@link ListingRepository#lockUpload}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UploadedPhotoFiles {

    @Inject
    ListingRepository listings;
    @Inject
    PhotoStore store;

    StoredPhotoId keep(CleanImage image) {
        StoredPhotoId id = StoredPhotoId.of(image.bytes());
        listings.lockUpload(id);
        store.put(id, image.bytes());
        return id;
    }

    /** Deletes the bytes of the uploads no listing shows any more, counting this transaction's changes. */
    void release(Collection<StoredPhotoId> dropped) {
        for (StoredPhotoId id : dropped) {
            listings.lockUpload(id);
            if (!listings.isUploadShown(id)) {
                store.delete(id);
            }
        }
    }
}
