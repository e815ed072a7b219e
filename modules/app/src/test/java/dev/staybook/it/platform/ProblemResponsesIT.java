package dev.staybook.it.platform;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
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
}
