package dev.staybook.listings.internal.web;

import dev.staybook.kernel.error.InvalidInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new order of a listing's photos: each named by its id (uploaded photos) or its url (any photo). */
@Schema(name = "PhotoOrder")
public record PhotoOrderRequest(
        @Schema(required = true, description = "Every photo of the listing once, first photo first") List<String> order) {

    static PhotoOrderRequest read(JsonValue body) {
        JsonObject json = RequestBodies.object(body);
        if (!Set.of("order").containsAll(json.keySet())) {
            throw InvalidInput.field("body", "takes only the field order");
        }
        if (!(json.get("order") instanceof JsonArray array)) {
            throw InvalidInput.field("order", "is required: an array of photo ids or urls");
        }
        List<String> order = new ArrayList<>();
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonString text)) {
                throw InvalidInput.field("order", "must hold strings: photo ids or urls");
            }
            order.add(text.getString());
        }
        return new PhotoOrderRequest(order);
    }
}
