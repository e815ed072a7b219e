package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingPhotosTest {

    private static final Photo BY_ADDRESS = new Photo("https://img.example/1.jpg", "Room");
    private static final StoredPhotoId UPLOAD_ID = StoredPhotoId.of("a".getBytes(StandardCharsets.US_ASCII));
    private static final Photo UPLOAD = Photo.stored(UPLOAD_ID, "Kitchen");

    @Test
    void anUploadJoinsLastOnceAndIsShownAtItsAddress() {
        ListingPhotos photos = new ListingPhotos(List.of(BY_ADDRESS)).withUpload(UPLOAD);

        assertEquals(List.of(BY_ADDRESS, UPLOAD), photos.photos());
        assertEquals("/api/v1/photos/" + UPLOAD_ID.value(), UPLOAD.url());
        assertEquals(Set.of(UPLOAD_ID), photos.uploads());
        assertEquals("photo-already-added", assertThrows(Conflict.class, () -> photos.withUpload(UPLOAD)).code());
    }

    @Test
    void aListingHasAtMostFiftyPhotos() {
        ListingPhotos full = new ListingPhotos(Collections.nCopies(ListingDetails.MAX_PHOTOS, BY_ADDRESS));

        assertEquals("too-many-photos", assertThrows(RuleViolation.class, () -> full.withUpload(UPLOAD)).code());
    }

    @Test
    void photosAreReorderedByUrlOrUploadIdNamingEachOnce() {
        ListingPhotos photos = new ListingPhotos(List.of(BY_ADDRESS, UPLOAD));

        assertEquals(List.of(UPLOAD, BY_ADDRESS), photos.reordered(List.of(UPLOAD_ID.value(), BY_ADDRESS.url())).photos());
        assertEquals(List.of(UPLOAD, BY_ADDRESS), photos.reordered(List.of(UPLOAD.url(), BY_ADDRESS.url())).photos());
        assertThrows(InvalidInput.class, () -> photos.reordered(List.of(UPLOAD_ID.value())));
        assertThrows(InvalidInput.class, () -> photos.reordered(List.of(UPLOAD_ID.value(), UPLOAD.url(), BY_ADDRESS.url())));
        assertThrows(InvalidInput.class, () -> photos.reordered(List.of(UPLOAD_ID.value(), "https://img.example/other.jpg")));
    }

    @Test
    void onlyAnUploadTheListingShowsCanBeRemoved() {
        ListingPhotos photos = new ListingPhotos(List.of(BY_ADDRESS, UPLOAD));

        assertEquals(List.of(BY_ADDRESS), photos.withoutUpload(UPLOAD_ID).photos());
        assertThrows(NotFound.class, () -> photos.withoutUpload(StoredPhotoId.of(new byte[] {1})));
    }

    @Test
    void detailsMayKeepAnUploadButNotAddOne() {
        ListingPhotos photos = new ListingPhotos(List.of(BY_ADDRESS, UPLOAD));
        photos.requireNoNewUploadsIn(List.of(UPLOAD));

        Photo someoneElses = Photo.stored(StoredPhotoId.of(new byte[] {2}), null);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> photos.requireNoNewUploadsIn(List.of(UPLOAD, someoneElses)));
        assertEquals("photos", refused.errors().get(0).field());
    }

    @Test
    void anAddressUnderThePhotoPathThatIsNoUploadIdIsRefused() {
        assertThrows(InvalidInput.class, () -> new Photo("/api/v1/photos/not-a-hash", null));
        assertThrows(InvalidInput.class, () -> new Photo("/elsewhere/" + UPLOAD_ID.value(), null));
    }
}
