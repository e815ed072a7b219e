package dev.staybook.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The own account over GraphQL, with the rules of /users/me: only the caller's own profile, only its editable
 * fields, the same validation; fields left out stay and {@code clear} empties optional ones.
 */
@SystemTest
class ProfileGraphQLIT {

    private static final String ME = "query { me { id email emailVerified name bio phone languages roles memberSince } }";
    private static final String UPDATE = """
            mutation Update($profile: ProfileInput!) { updateProfile(profile: $profile) { id name bio phone languages } }""";

    @Test
    void meShowsTheOwnAccountAsRestShowsIt() {
        TestUser user = TestUser.register("GraphQL Own Profile");

        JsonPath me = GraphQL.data(user, ME, null);

        assertEquals(user.id(), me.getString("me.id"));
        assertEquals(user.email(), me.getString("me.email"));
        assertEquals(Api.as(user.accessToken()).get("/users/me").then().statusCode(200).extract().<Boolean>path("emailVerified"),
                me.getBoolean("me.emailVerified"));
        assertEquals("GraphQL Own Profile", me.getString("me.name"));
        assertEquals(List.of("GUEST"), me.getList("me.roles"));
        assertEquals(Api.as(user.accessToken()).get("/users/me").then().statusCode(200).extract().path("name"), me.getString("me.name"));
        assertNotNull(me.getString("me.memberSince"));
    }

    @Test
    void anUpdateChangesTheFieldsGivenAndClearsThoseNamed() {
        TestUser user = TestUser.register("GraphQL Patchy");

        JsonPath changed = GraphQL.data(user, UPDATE, profile(Json.createObjectBuilder().add("bio", "Loves old houses.")
                .add("languages", Json.createArrayBuilder().add("fr").add("en"))));
        assertEquals("GraphQL Patchy", changed.getString("updateProfile.name"), "left out, so unchanged");
        assertEquals("Loves old houses.", changed.getString("updateProfile.bio"));
        assertEquals(List.of("fr", "en"), changed.getList("updateProfile.languages"));

        JsonPath renamed = GraphQL.data(user, UPDATE, profile(Json.createObjectBuilder().add("name", "Renamed")
                .add("clear", Json.createArrayBuilder().add("bio"))));
        assertEquals("Renamed", renamed.getString("updateProfile.name"));
        assertNull(renamed.get("updateProfile.bio"));
        assertEquals(List.of("fr", "en"), renamed.getList("updateProfile.languages"));
        assertEquals("Renamed", Api.as(user.accessToken()).get("/users/me").then().statusCode(200).extract().path("name"));
    }

    @Test
    void invalidChangesAreRefusedAsRestRefusesThem() {
        TestUser user = TestUser.register("GraphQL Careful");

        assertEquals("invalid-input", GraphQL.errorCode(user, UPDATE, profile(Json.createObjectBuilder().add("name", "")), "updateProfile"));
        assertEquals("invalid-input", GraphQL.errorCode(user, UPDATE, profile(Json.createObjectBuilder()
                .add("avatarUrl", "javascript:alert(1)")), "updateProfile"));
        assertEquals("invalid-input", GraphQL.errorCode(user, UPDATE, profile(Json.createObjectBuilder()
                .add("clear", Json.createArrayBuilder().add("name"))), "updateProfile"), "the name cannot be cleared");
        assertEquals("invalid-input", GraphQL.errorCode(user, UPDATE, profile(Json.createObjectBuilder()
                .add("clear", Json.createArrayBuilder().add("email"))), "updateProfile"), "nor the email changed here");
        assertEquals("invalid-input", GraphQL.errorCode(user, UPDATE, profile(Json.createObjectBuilder().add("bio", "both")
                .add("clear", Json.createArrayBuilder().add("bio"))), "updateProfile"));
        assertEquals("GraphQL Careful", GraphQL.data(user, ME, null).getString("me.name"), "nothing changed");
    }

    @Test
    void bothNeedASignedInUser() {
        assertEquals("unauthenticated", GraphQL.errorCode(null, ME, null, "me"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, UPDATE, profile(Json.createObjectBuilder().add("name", "X")), "updateProfile"));
    }

    private static JsonObjectBuilder profile(JsonObjectBuilder fields) {
        return Json.createObjectBuilder().add("profile", fields);
    }
}
