package dev.staybook.it.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Checks that a response is a well-formed RFC 9457 problem with the expected status and code. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(Response response, int status, String code) {
        return response.then()
                .statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("https://staybook.dev/problems/" + code))
                .body("title", not(equalTo(null)))
                .body("title", not(startsWith("HTTP ")))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
