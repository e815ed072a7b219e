package dev.staybook.identity.internal.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A change to the own profile, as PATCH /users/me takes it: fields left out stay. GraphQL cannot tell a null
 * field from an absent one as a JSON merge patch does, so the optional fields to clear are named in {@code clear}.
 */
@Input("ProfileInput")
@Description("Profile fields to change; those left out stay")
public class ProfileInput {

    public String name;
    public String bio;
    public String avatarUrl;
    public String phone;
    @Description("Language tags, such as fr or pt-BR")
    public List<String> languages;
    @Description("Optional fields to clear: bio, avatarUrl, phone, languages")
    public List<String> clear;

    /** The merge patch REST would receive, for the same reader. */
    JsonObject mergePatch() {
        JsonObjectBuilder patch = Json.createObjectBuilder();
        put(patch, "name", name);
        put(patch, "bio", bio);
        put(patch, "avatarUrl", avatarUrl);
        put(patch, "phone", phone);
        if (languages != null) {
            patch.add("languages", Json.createArrayBuilder(languages));
        }
        for (String field : clear == null ? List.<String>of() : clear) {
            // a field both set and cleared, or one that cannot be cleared, is refused by the reader as a wrong value
            patch.add(field, isSet(field) ? Json.createValue(0) : JsonValue.NULL);
        }
        return patch.build();
    }

    private boolean isSet(String field) {
        return switch (field) {
            case "name" -> name != null;
            case "bio" -> bio != null;
            case "avatarUrl" -> avatarUrl != null;
            case "phone" -> phone != null;
            case "languages" -> languages != null;
            default -> false;
        };
    }

    private static void put(JsonObjectBuilder patch, String field, String value) {
        if (value != null) {
            patch.add(field, value);
        }
    }
}
