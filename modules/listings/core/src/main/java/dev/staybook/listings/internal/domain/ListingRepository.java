package dev.staybook.listings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where listings are kept. */
public interface ListingRepository {

    Optional<Listing> find(ListingId id);

    /** The listing to show, never to change: nothing of it is kept for the dirty check at commit. */
    Optional<Listing> findToRead(ListingId id);

    /** Several listings in one query; unknown ids are left out. */
    List<Listing> findAll(Collection<ListingId> ids);

    void add(Listing listing);

    /** The listings whose photos include the upload (at most {@code limit}), to decide who may see it. */
    List<Listing> showingUpload(StoredPhotoId id, int limit);

    /**
     * Holds, until the transaction ends, the one lock for the upload's bytes: adding them and deleting them once no
     * listing shows them take turns, so that a photo is never deleted under a listing that has just added it.
     */
    void lockUpload(StoredPhotoId id);

    /** Whether any listing shows the upload, counting this transaction's changes. */
    boolean isUploadShown(StoredPhotoId id);

    /** A host's listings in every status, newest first, after the given id (null for the first page). */
    List<Listing> ofHost(UserId host, UUID before, int limit);
}
