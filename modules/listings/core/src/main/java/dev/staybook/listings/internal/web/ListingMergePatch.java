package dev.staybook.listings.internal.web;

import static dev.staybook.listings.internal.web.Jsonp.JSON;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.application.ListingPatch;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Reads a JSON merge patch (RFC 7396) of a listing: it is merged into the listing's current JSON
 * document and the result is read as a whole, so absent fields stay, {@code null} removes an optional
 * field (a required one is then reported missing), objects merge field by field, arrays are replaced,
 * and every unknown, mistyped or invalid field of the outcome is reported together.
 */
public final class ListingMergePatch {

    private ListingMergePatch() {
    }

    public static ListingPatch from(JsonObject patch) {
        if (patch == null) {
            throw InvalidInput.field("body", "must be a JSON object");
        }
        // unknown top-level fields are reported before the transaction starts; the rest needs the current listing
        new JsonFields(patch, "", new dev.staybook.listings.internal.domain.InputErrors())
                .allowOnly(ListingJsonReader.FIELDS).errors().throwIfAny("The listing patch has invalid fields.");
        return current -> {
            JsonValue merged = JSON.createMergePatch(patch).apply(ListingJsonWriter.write(current).build());
            return ListingJsonReader.read(merged.asJsonObject(), Set.of());
        };
    }
}
