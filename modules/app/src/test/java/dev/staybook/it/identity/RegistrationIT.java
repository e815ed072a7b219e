package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.TestUser;
import java.util.UUID;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.Test;

@SystemTest
class RegistrationIT {

    private static String uniqueEmail() {
        return "reg-" + UUID.randomUUID() + "@it.staybook.test";
    }

    @Test
    void createsAGuestAccountThatSignsIn() {
        String email = uniqueEmail();
        Api.anonymous()
                .body(Json.of("email", "  " + email.toUpperCase() + " ", "password", TestUser.PASSWORD, "name", "Ada Lovelace"))
                .post("/auth/register")
                .then().statusCode(202)
                .header("Location", nullValue())
                .body("email", equalTo(email))
                .body("next", equalTo("sign-in"))
                .body("id", nullValue())
                .body("password", nullValue());
        TestUser ada = TestUser.signIn(null, email, TestUser.PASSWORD, "Ada Lovelace");
        String id = Api.as(ada.accessToken()).get("/users/me").then().statusCode(200)
                .body("email", equalTo(email))
                .body("roles", equalTo(java.util.List.of("GUEST")))
                .body("passwordHash", nullValue())
                .extract().path("id");
        Api.anonymous().get("/users/" + id).then().statusCode(200).body("name", equalTo("Ada Lovelace"));
    }

    @Test
    void aSecondRegistrationOfAnEmailCreatesNothingAndKeepsTheFirstPassword() {
        String email = uniqueEmail();
        Api.anonymous().body(Json.of("email", email, "password", TestUser.PASSWORD, "name", "First"))
                .post("/auth/register").then().statusCode(202);

        Api.anonymous().body(Json.of("email", email.toUpperCase(), "password", "another long password here", "name", "Second"))
                .post("/auth/register").then().statusCode(202);

        TestUser first = TestUser.signIn(null, email, TestUser.PASSWORD, "First");
        Api.as(first.accessToken()).get("/users/me").then().statusCode(200).body("name", equalTo("First"));
        assertProblem(Api.anonymous().body(Json.of("email", email, "password", "another long password here")).post("/auth/login"),
                401, "invalid-credentials");
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertProblem(Api.anonymous().body("{}").post("/auth/register"), 400, "invalid-input")
                .body("errors.field", hasItems("email", "password", "name"));
    }

    @Test
    void rejectsAMalformedEmail() {
        assertProblem(Api.anonymous().body(Json.of("email", "not-an-email", "password", TestUser.PASSWORD, "name", "X"))
                .post("/auth/register"), 400, "invalid-input")
                .body("errors.field", hasItem("email"));
    }

    @Test
    void rejectsPasswordsShorterThanTwelveCharacters() {
        assertProblem(Api.anonymous().body(Json.of("email", uniqueEmail(), "password", "elevenchars", "name", "X"))
                .post("/auth/register"), 400, "invalid-input")
                .body("errors.field", hasItem("password"));
    }

    @Test
    void rejectsCommonPasswordsWhateverTheirCase() {
        assertProblem(Api.anonymous().body(Json.of("email", uniqueEmail(), "password", "Password1234", "name", "X"))
                .post("/auth/register"), 400, "invalid-input")
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("too common"));
    }

    @Test
    void rejectsAPasswordThatContainsTheEmail() {
        String email = uniqueEmail();
        assertProblem(Api.anonymous().body(Json.of("email", email, "password", "x" + email, "name", "X"))
                .post("/auth/register"), 400, "invalid-input")
                .body("errors[0].message", containsString("email"));
    }

    @Test
    void rejectsANameLongerThanAHundredCharacters() {
        assertProblem(Api.anonymous().body(Json.of("email", uniqueEmail(), "password", TestUser.PASSWORD, "name", "n".repeat(101)))
                .post("/auth/register"), 400, "invalid-input")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void rejectsBodiesThatAreNotJsonObjects() {
        assertProblem(Api.anonymous().body("{not json").post("/auth/register"), 400, "malformed-json");
        assertProblem(Api.anonymous().body("[]").post("/auth/register"), 400, "malformed-json");
        assertProblem(Api.anonymous().body("").post("/auth/register"), 400, "malformed-json");
    }

    @Test
    void rejectsOtherMediaTypes() {
        assertProblem(Api.anonymous().contentType("text/plain").body("hello").post("/auth/register"), 415, "unsupported-media-type");
    }
}
