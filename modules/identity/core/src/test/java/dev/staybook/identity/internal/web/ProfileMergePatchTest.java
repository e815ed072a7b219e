package dev.staybook.identity.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.identity.internal.application.ProfilePatch;
import dev.staybook.identity.internal.domain.Profile;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileMergePatchTest {

    private static final Profile CURRENT =
            new Profile("Ana", "Surfs at dawn.", "https://cdn.example.com/ana.png", "+4930123456", List.of("en", "pt-BR"));

    @Test
    void anEmptyPatchChangesNothing() {
        assertEquals(CURRENT, apply(Json.createObjectBuilder()));
    }

    @Test
    void aValueReplacesOnlyItsField() {
        Profile patched = apply(Json.createObjectBuilder().add("bio", "Hosts in Lisbon."));

        assertEquals(new Profile("Ana", "Hosts in Lisbon.", CURRENT.avatarUrl(), CURRENT.phone(), CURRENT.languages()), patched);
    }

    @Test
    void replacesTheName() {
        assertEquals("Ana Lima", apply(Json.createObjectBuilder().add("name", "Ana Lima")).name());
    }

    @Test
    void nullClearsTheOptionalFields() {
        Profile patched = apply(Json.createObjectBuilder().addNull("bio").addNull("avatarUrl").addNull("phone"));

        assertEquals(new Profile("Ana", null, null, null, CURRENT.languages()), patched);
    }

    @Test
    void nullLanguagesBecomeNoLanguages() {
        assertEquals(List.of(), apply(Json.createObjectBuilder().addNull("languages")).languages());
    }

    @Test
    void replacesTheLanguagesInCanonicalForm() {
        Profile patched = apply(Json.createObjectBuilder().add("languages", Json.createArrayBuilder().add("de-at").add("FR")));

        assertEquals(List.of("de-AT", "fr"), patched.languages());
    }

    @Test
    void rejectsUnknownFieldsByName() {
        JsonObject body = Json.createObjectBuilder().add("email", "eve@example.com").add("roles", "ADMIN").add("bio", "x").build();

        assertEquals(List.of(new FieldError("email", "cannot be changed here"), new FieldError("roles", "cannot be changed here")),
                rejected(body).errors());
    }

    @Test
    void rejectsANullName() {
        JsonObject body = Json.createObjectBuilder().addNull("name").build();

        assertEquals(List.of(new FieldError("name", "must be a string")), rejected(body).errors());
    }

    @Test
    void rejectsFieldsOfTheWrongType() {
        JsonObject body = Json.createObjectBuilder()
                .add("name", 7)
                .add("bio", true)
                .add("avatarUrl", Json.createObjectBuilder())
                .add("phone", 4930123456L)
                .add("languages", "en")
                .build();

        assertEquals(List.of("avatarUrl", "bio", "languages", "name", "phone"), rejectedFields(body));
    }

    @Test
    void rejectsLanguagesThatAreNotAllStrings() {
        JsonObject body = Json.createObjectBuilder().add("languages", Json.createArrayBuilder().add("en").add(3)).build();

        assertEquals(List.of("languages"), rejectedFields(body));
    }

    @Test
    void rejectsAMissingBody() {
        InvalidInput rejected = assertThrows(InvalidInput.class, () -> ProfileMergePatch.from(null));

        assertEquals(List.of(new FieldError("body", "must be a JSON object")), rejected.errors());
    }

    @Test
    void namesEveryFieldAtFaultAtOnceMistypedUnknownOrInvalid() {
        JsonObject body = Json.createObjectBuilder().add("name", 5).add("phone", "bad").add("bio", "\u0001").add("foo", 1).build();

        assertEquals(List.of("bio", "foo", "name", "phone"), rejectedFields(body));
    }

    @Test
    void leavesValueChecksToTheProfileWhenApplied() {
        ProfilePatch patch = ProfileMergePatch.from(Json.createObjectBuilder().add("phone", "030123456").build());

        InvalidInput rejected = assertThrows(InvalidInput.class, () -> patch.applyTo(CURRENT));
        assertEquals(List.of("phone"), rejected.errors().stream().map(FieldError::field).toList());
    }

    private static Profile apply(JsonObjectBuilder body) {
        return ProfileMergePatch.from(body.build()).applyTo(CURRENT);
    }

    private static InvalidInput rejected(JsonObject body) {
        return assertThrows(InvalidInput.class, () -> ProfileMergePatch.from(body).applyTo(CURRENT));
    }

    private static List<String> rejectedFields(JsonObject body) {
        return rejected(body).errors().stream().map(FieldError::field).sorted().toList();
    }
}
