package dev.staybook.listings.internal.web;

import static dev.staybook.listings.internal.web.Jsonp.JSON;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.application.ListingPatch;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
        return current -> {
            JsonObject merged = JSON.createMergePatch(patch).apply(ListingJsonWriter.write(current).build()).asJsonObject();
            return ListingJsonReader.read(withUnknownFieldsOf(patch, merged), Set.of());
        };
    }

    /**
     * The merged document with the patch's unknown fields put back as sent: merging drops {@code "bogus": null}
     * without a word, and the reader is to name every unknown field with the others, not one round trip earlier.
     */
    private static JsonObject withUnknownFieldsOf(JsonObject patch, JsonObject merged) {
        JsonObjectBuilder document = JSON.createObjectBuilder(merged);
        patch.forEach((name, value) -> {
            if (!ListingJsonReader.FIELDS.contains(name)) {
                document.add(name, value);
            }
        });
        return document.build();
    }
}
