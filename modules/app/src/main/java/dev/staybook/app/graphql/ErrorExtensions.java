package dev.staybook.app.graphql;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * What a GraphQL error may tell the client. Liberty's SmallRye GraphQL 1.0 puts the Java class name of the
 * failure in {@code extensions.exception} and derives {@code extensions.code} from it; the error categories
 * of the shared kernel are part of the API, anything else ({@code null-pointer}, {@code data}) is an
 * internal detail and becomes {@code internal-error}.
 */
final class ErrorExtensions {

    static final String INTERNAL_ERROR = "internal-error";
    private static final String KERNEL_ERRORS = "dev.staybook.kernel.error.";

    private ErrorExtensions() {
    }

    /** No data, and only validation errors: the request was refused before any of it ran. */
    static boolean refusedBeforeRunning(JsonObject response) {
        JsonValue data = response.get("data");
        if ((data != null && data != JsonValue.NULL) || !(response.get("errors") instanceof JsonArray errors) || errors.isEmpty()) {
            return false;
        }
        return errors.stream().allMatch(error -> error instanceof JsonObject object
                && object.get("extensions") instanceof JsonObject extensions
                && "ValidationError".equals(extensions.getString("classification", null)));
    }

    /** The response without exception class names; the same object when there is nothing to hide. */
    static JsonObject redact(JsonObject response) {
        if (!response.containsKey("errors") || response.get("errors").getValueType() != JsonValue.ValueType.ARRAY) {
            return response;
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (JsonValue error : response.getJsonArray("errors")) {
            errors.add(error instanceof JsonObject object ? redactError(object) : error);
        }
        return Json.createObjectBuilder(response).add("errors", errors).build();
    }

    private static JsonObject redactError(JsonObject error) {
        if (!(error.get("extensions") instanceof JsonObject extensions) || !extensions.containsKey("exception")) {
            return error;
        }
        JsonObjectBuilder redacted = Json.createObjectBuilder(extensions).remove("exception");
        if (!extensions.getString("exception", "").startsWith(KERNEL_ERRORS)) {
            redacted.add("code", INTERNAL_ERROR);
        }
        return Json.createObjectBuilder(error).add("extensions", redacted).build();
    }
}
