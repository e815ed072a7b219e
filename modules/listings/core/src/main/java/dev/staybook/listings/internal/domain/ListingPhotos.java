package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A listing's ordered photos, given by address and uploaded, and what may be done to them: an uploaded photo
 * joins only by upload (never by naming its address in a listing's details), once per listing.
 */
public record ListingPhotos(List<Photo> photos) {

    public ListingPhotos {
        photos = List.copyOf(photos);
    }

    public Set<StoredPhotoId> uploads() {
        return photos.stream().flatMap(photo -> photo.storedId().stream()).collect(Collectors.toSet());
    }

    /** The photos with the upload added last. */
    public ListingPhotos withUpload(Photo upload) {
        StoredPhotoId id = upload.storedId().orElseThrow(() -> new IllegalArgumentException("not an uploaded photo"));
        if (uploads().contains(id)) {
            throw new Conflict("photo-already-added", "This photo is already one of the listing's photos.");
        }
        if (photos.size() >= ListingDetails.MAX_PHOTOS) {
            throw new RuleViolation("too-many-photos", "A listing has at most " + ListingDetails.MAX_PHOTOS + " photos.");
        }
        List<Photo> more = new ArrayList<>(photos);
        more.add(upload);
        return new ListingPhotos(more);
    }

    /** The photos without the uploaded one; 404 if the listing does not show it. */
    public ListingPhotos withoutUpload(StoredPhotoId id) {
        if (!uploads().contains(id)) {
            throw notShown();
        }
        return new ListingPhotos(photos.stream().filter(photo -> !photo.storedId().equals(Optional.of(id))).toList());
    }

    /**
     * The same photos in the order given: each entry names one photo by its address or, for an uploaded photo, by
     * its id; every photo is named exactly once.
     */
    public ListingPhotos reordered(List<String> order) {
        List<Photo> left = new ArrayList<>(photos);
        List<Photo> reordered = new ArrayList<>();
        for (String entry : order) {
            Optional<Photo> named = left.stream().filter(photo -> isNamedBy(photo, entry)).findFirst();
            if (named.isEmpty()) {
                throw InvalidInput.field("order", "names a photo the listing does not have, or one twice: " + entry);
            }
            left.remove(named.get());
            reordered.add(named.get());
        }
        if (!left.isEmpty()) {
            throw InvalidInput.field("order", "must name every photo of the listing once; missing: " + left.get(0).url());
        }
        return new ListingPhotos(reordered);
    }

    /** Fails unless every upload among the new photos already is one of these: details may keep uploads, not add them. */
    public void requireNoNewUploadsIn(List<Photo> newPhotos) {
        Set<StoredPhotoId> known = new HashSet<>(uploads());
        for (Photo photo : newPhotos) {
            if (photo.storedId().filter(id -> !known.contains(id)).isPresent()) {
                throw InvalidInput.field("photos", "may keep or drop the listing's uploaded photos; add one by upload: " + photo.url());
            }
        }
    }

    private static boolean isNamedBy(Photo photo, String entry) {
        return photo.url().equals(entry) || photo.storedId().map(StoredPhotoId::value).filter(entry::equals).isPresent();
    }

    public static NotFound notShown() {
        return new NotFound("photo-not-found", "The listing has no such photo.");
    }
}
