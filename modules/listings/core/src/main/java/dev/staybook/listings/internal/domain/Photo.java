package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.input.FreeText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A photo of the place: where the image is and what it shows. Either given by address (http or https, the bytes
 * live elsewhere) or uploaded, then at the address Staybook serves it from ({@link #STORED_PREFIX} and its
 * {@link StoredPhotoId}).
 */
public record Photo(String url, String caption) {

    static final int MAX_URL = 2048;
    /** Where uploaded photos are served, relative to the server: GET /api/v1/photos/{id}. */
    public static final String STORED_PREFIX = "/api/v1/photos/";

    public Photo {
        url = url == null ? null : url.strip();
        caption = Text.optional(caption);
        new InputErrors()
                .check(isWebAddress(url) || storedId(url).isPresent(), "url",
                        "must be an http or https URL of at most " + MAX_URL + " characters, or an uploaded photo's address")
                .check(caption == null || caption.length() <= 200, "caption", "must be at most 200 characters")
                .check(FreeText.isSingleLine(caption), "caption", FreeText.singleLineMessage())
                .throwIfAny("The photo is invalid.");
    }

    public static Photo stored(StoredPhotoId id, String caption) {
        return new Photo(STORED_PREFIX + id.value(), caption);
    }

    /** The uploaded photo this is, if it is one. */
    public Optional<StoredPhotoId> storedId() {
        return storedId(url);
    }

    private static Optional<StoredPhotoId> storedId(String url) {
        return url != null && url.startsWith(STORED_PREFIX) ? StoredPhotoId.parse(url.substring(STORED_PREFIX.length())) : Optional.empty();
    }

    private static boolean isWebAddress(String url) {
        if (url == null || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
