package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.TestUser;
import java.util.List;
import java.util.UUID;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.Test;

@SystemTest
class ProfileIT {

    @Test
    void ownProfileShowsPrivateContactDetails() {
        TestUser user = TestUser.register("Own Profile");
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200)
                .body("email", equalTo(user.email()))
                .body("name", equalTo("Own Profile"));
    }

    @Test
    void updatesOnlyTheFieldsInThePatch() {
        TestUser user = TestUser.register("Patchy");
        Api.as(user.accessToken())
                .body(Json.of("bio", "Loves old houses.", "phone", "+4930123456", "languages", List.of("en", "fr-ca"),
                        "avatarUrl", "https://img.example/ada.png"))
                .patch("/users/me")
                .then().statusCode(200)
                .body("name", equalTo("Patchy"))
                .body("bio", equalTo("Loves old houses."))
                .body("phone", equalTo("+4930123456"))
                .body("languages", equalTo(List.of("en", "fr-CA")))
                .body("avatarUrl", equalTo("https://img.example/ada.png"));

        Api.as(user.accessToken()).body(Json.of("name", "Renamed")).patch("/users/me")
                .then().statusCode(200).body("name", equalTo("Renamed")).body("bio", equalTo("Loves old houses."));
    }

    @Test
    void nullClearsAnOptionalField() {
        TestUser user = TestUser.register("Clearing");
        Api.as(user.accessToken()).body(Json.of("bio", "temporary")).patch("/users/me").then().statusCode(200);
        Api.as(user.accessToken()).body(Json.of("bio", null)).patch("/users/me")
                .then().statusCode(200).body("bio", nullValue());
    }

    @Test
    void reportsEveryInvalidFieldOfAPatch() {
        TestUser user = TestUser.register("Invalid Patch");
        assertProblem(Api.as(user.accessToken())
                .body(Json.of("name", "", "phone", "12345", "avatarUrl", "javascript:alert(1)", "languages", List.of("not a tag!")))
                .patch("/users/me"), 400, "invalid-input")
                .body("errors.field", hasItems("name", "phone", "avatarUrl", "languages"));
    }

    @Test
    void rejectsFieldsThatCannotBeChangedHere() {
        TestUser user = TestUser.register("Sneaky");
        assertProblem(Api.as(user.accessToken()).body(Json.of("email", "other@it.staybook.test", "roles", List.of("ADMIN")))
                .patch("/users/me"), 400, "invalid-input")
                .body("errors.field", hasItems("email", "roles"));
        Api.as(user.accessToken()).get("/users/me").then().body("email", equalTo(user.email())).body("roles", equalTo(List.of("GUEST")));
    }

    @Test
    void rejectsWrongJsonTypes() {
        TestUser user = TestUser.register("Types");
        assertProblem(Api.as(user.accessToken()).body(Json.of("name", 42, "languages", "en")).patch("/users/me"), 400, "invalid-input")
                .body("errors.field", hasItems("name", "languages"));
    }

    @Test
    void aPatchThatIsNotAJsonObjectIsInvalidInput() {
        TestUser user = TestUser.register("Array patch");
        assertProblem(Api.as(user.accessToken()).body("[{\"name\": \"Renamed\"}]").patch("/users/me"), 400, "invalid-input")
                .body("errors.field", hasItem("body"));
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200).body("name", equalTo("Array patch"));
    }

    @Test
    void profileEndpointsNeedASignedInUser() {
        assertProblem(Api.anonymous().get("/users/me"), 401, "authentication-required");
        assertProblem(Api.anonymous().body(Json.of("name", "X")).patch("/users/me"), 401, "authentication-required");
        assertProblem(Api.anonymous().post("/users/me/host"), 401, "authentication-required");
    }

    @Test
    void publicProfileHidesEmailAndPhone() {
        TestUser user = TestUser.register("Public Person");
        Api.as(user.accessToken()).body(Json.of("phone", "+4930123456", "bio", "Hi")).patch("/users/me").then().statusCode(200);

        Api.anonymous().get("/users/" + user.id()).then().statusCode(200)
                .body("name", equalTo("Public Person"))
                .body("bio", equalTo("Hi"))
                .body("host", equalTo(false))
                .body("email", nullValue())
                .body("phone", nullValue());
    }

    @Test
    void unknownUsersAreNotFound() {
        assertProblem(Api.anonymous().get("/users/" + UUID.randomUUID()), 404, "user-not-found");
        assertProblem(Api.anonymous().get("/users/not-a-uuid"), 404, "user-not-found");
    }

    @Test
    void becomingAHostAddsTheRoleToTheNextToken() {
        TestUser guest = TestUser.register("Future Host");
        TestUser host = guest.asHost();

        Api.as(host.accessToken()).get("/users/me").then().body("roles", hasItem("HOST"));
        Api.anonymous().get("/users/" + guest.id()).then().body("host", equalTo(true));
        // idempotent
        Api.as(host.accessToken()).post("/users/me/host").then().statusCode(200).body("roles", equalTo(List.of("GUEST", "HOST")));
    }
}
