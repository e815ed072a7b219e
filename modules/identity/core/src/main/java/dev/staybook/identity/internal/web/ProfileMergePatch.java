package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.application.ProfilePatch;
import dev.staybook.identity.internal.domain.Profile;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON merge patch (RFC 7396) of a profile: absent fields stay, {@code null} clears an optional
 * field, a value replaces it. Unknown fields are rejected rather than ignored, so a typo or an attempt
 * to change the email here is reported instead of silently doing nothing.
 */
public final class ProfileMergePatch {

    private static final Set<String> EDITABLE = Set.of("name", "bio", "avatarUrl", "phone", "languages");

    private ProfileMergePatch() {
    }

    public static ProfilePatch from(JsonObject body) {
        if (body == null) {
            throw InvalidInput.field("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream().filter(key -> !EDITABLE.contains(key)).sorted()
                .forEach(key -> errors.add(new FieldError(key, "cannot be changed here")));
        if (body.containsKey("name") && !(body.get("name") instanceof JsonString)) {
            errors.add(new FieldError("name", "must be a string"));
        }
        for (String field : List.of("bio", "avatarUrl", "phone")) {
            if (body.containsKey(field) && !(body.get(field) instanceof JsonString) && body.get(field) != JsonValue.NULL) {
                errors.add(new FieldError(field, "must be a string or null"));
            }
        }
        if (body.containsKey("languages") && body.get("languages") != JsonValue.NULL
                && !(body.get("languages") instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance))) {
            errors.add(new FieldError("languages", "must be an array of language tags or null"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The profile patch has invalid fields.", errors);
        }
        return current -> new Profile(
                body.containsKey("name") ? body.getString("name") : current.name(),
                text(body, "bio", current.bio()),
                text(body, "avatarUrl", current.avatarUrl()),
                text(body, "phone", current.phone()),
                languages(body, current.languages()));
    }

    private static String text(JsonObject body, String field, String current) {
        if (!body.containsKey(field)) {
            return current;
        }
        return body.get(field) == JsonValue.NULL ? null : body.getString(field);
    }

    private static List<String> languages(JsonObject body, List<String> current) {
        if (!body.containsKey("languages")) {
            return current;
        }
        JsonValue value = body.get("languages");
        return value == JsonValue.NULL ? List.of() : value.asJsonArray().getValuesAs(JsonString::getString);
    }
}
