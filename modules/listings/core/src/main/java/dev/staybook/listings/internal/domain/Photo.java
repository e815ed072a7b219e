package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.input.FreeText;
import java.net.URI;
import java.net.URISyntaxException;

/** A photo of the place: where the image is (http or https) and what it shows. The bytes live elsewhere. */
public record Photo(String url, String caption) {

    static final int MAX_URL = 2048;

    public Photo {
        url = url == null ? null : url.strip();
        caption = Text.optional(caption);
        new InputErrors()
                .check(isWebAddress(url), "url", "must be an http or https URL of at most " + MAX_URL + " characters")
                .check(caption == null || caption.length() <= 200, "caption", "must be at most 200 characters")
                .check(FreeText.isSingleLine(caption), "caption", FreeText.singleLineMessage())
                .throwIfAny("The photo is invalid.");
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
