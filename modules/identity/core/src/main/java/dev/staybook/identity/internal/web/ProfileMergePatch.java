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
        // the fields of the right type are checked by the profile's own rules too, so that one 400 names every field
        // at fault; a mistyped one keeps its current value meanwhile (it is reported already)
        return current -> {
            List<FieldError> all = new ArrayList<>(errors);
            Profile patched = null;
            try {
                patched = new Profile(body.get("name") instanceof JsonString name ? name.getString() : current.name(),
                        text(body, "bio", current.bio()),
                        text(body, "avatarUrl", current.avatarUrl()),
                        text(body, "phone", current.phone()),
                        languages(body, current.languages()));
            } catch (InvalidInput invalid) {
                all.addAll(invalid.errors());
            }
            if (!all.isEmpty()) {
                throw new InvalidInput("The profile patch has invalid fields.", all);
            }
            return patched;
        };
    }

    private static String text(JsonObject body, String field, String current) {
        JsonValue value = body.get(field);
        if (value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : current;
    }

    private static List<String> languages(JsonObject body, List<String> current) {
        JsonValue value = body.get("languages");
        if (value == JsonValue.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)
                ? array.getValuesAs(JsonString::getString) : current;
    }
}
