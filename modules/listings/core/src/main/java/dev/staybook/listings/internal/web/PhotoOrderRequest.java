package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.domain.InputErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The new order of a listing's photos: each named by its id (uploaded photos) or its url (any photo). Read field by
 * field like the listing itself, so an unknown field is named as in every other body, together with a bad order.
 */
@Schema(name = "PhotoOrder")
public record PhotoOrderRequest(
        @Schema(required = true, description = "Every photo of the listing once, first photo first") List<String> order) {

    static PhotoOrderRequest read(JsonValue body) {
        JsonObject json = RequestBodies.object(body);
        InputErrors errors = new InputErrors();
        new JsonFields(json, "", errors).allowOnly(Set.of("order"));
        List<String> order = order(json.get("order"), errors);
        errors.throwIfAny("The photo order has invalid fields.");
        return new PhotoOrderRequest(order);
    }

    private static List<String> order(JsonValue value, InputErrors errors) {
        if (!(value instanceof JsonArray array)) {
            errors.add("order", "is required: an array of photo ids or urls");
            return List.of();
        }
        List<String> order = new ArrayList<>();
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonString text)) {
                errors.add("order", "must hold strings: photo ids or urls");
                return List.of();
            }
            order.add(text.getString());
        }
        return order;
    }
}
