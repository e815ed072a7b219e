package dev.staybook.it.platform;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong, the answer is a problem document: never an HTML page, never a stack trace. */
@SystemTest
class ProblemResponsesIT {

    @Test
    void unknownApiPathsAreNotFound() {
        assertProblem(Api.anonymous().get("/no/such/thing"), 404, "no-such-resource");
    }

    @Test
    void unknownPathsOutsideTheApiAreNotFoundToo() {
        assertProblem(Api.server().get("/no-such-page"), 404, "no-such-resource");
        assertProblem(Api.server().get("/WEB-INF/web.xml"), 404, "no-such-resource");
    }

    @Test
    void aWrongMethodNamesTheAllowedOnes() {
        assertProblem(Api.anonymous().delete("/auth/login"), 405, "method-not-allowed")
                .header("Allow", containsString("POST"));
    }

    @Test
    void unacceptableMediaTypesAreRefused() {
        assertProblem(Api.anonymous().accept("application/xml").get("/users/me"), 406, "not-acceptable");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsInvalidInputNotAMissingResource() {
        for (String limit : new String[] {"abc", "1.5", "99999999999"}) {
            assertProblem(Api.anonymous().queryParam("limit", limit).get("/users/" + UUID.randomUUID() + "/reviews"), 400, "invalid-input")
                    .body("errors.field", hasItem("limit"));
        }
    }

    @Test
    void aBodyNestedDeeperThanTheParserTakesIsUnreadableNotAFailure() {
        TestUser user = TestUser.register("Deep Nester");
        String nested = "{\"bio\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        assertProblem(Api.as(user.accessToken()).contentType("application/merge-patch+json").body(nested).patch("/users/me"),
                400, "bad-request");
    }
}
