package dev.staybook.listings.internal.domain;

import java.util.Optional;

/**
 * Where the bytes of uploaded photos are kept, by content: putting the same bytes twice keeps one copy. Which
 * listings show a photo is the listing's business ({@link Listing}); the store only holds bytes.
 */
public interface PhotoStore {

    /** Keeps the bytes under their id; a reader never sees a partly written photo. */
    void put(StoredPhotoId id, byte[] bytes);

    Optional<byte[]> get(StoredPhotoId id);

    /** Removes the bytes if they are there. */
    void delete(StoredPhotoId id);
}
