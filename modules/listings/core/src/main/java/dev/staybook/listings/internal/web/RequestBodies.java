package dev.staybook.listings.internal.web;

import dev.staybook.kernel.error.InvalidInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * JSON request bodies are taken as any JSON value and checked here: declared as JsonObject, an array
 * body would fail inside the JAX-RS runtime with a 500 instead of telling the client what is wrong.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static JsonObject object(JsonValue body) {
        if (body instanceof JsonObject object) {
            return object;
        }
        throw InvalidInput.field("body", "must be a JSON object");
    }
}
