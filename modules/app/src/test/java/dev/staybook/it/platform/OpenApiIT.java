package dev.staybook.it.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint, and every error it documents is a problem document. */
@SystemTest
class OpenApiIT {

    private static JsonPath document;

    @BeforeAll
    static void fetchDocument() {
        document = Api.server().queryParam("format", "JSON").get("/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsTheIdentityEndpoints() {
        assertThat(document.getMap("paths").keySet(), hasItems(
                "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout",
                "/api/v1/users/me", "/api/v1/users/me/password", "/api/v1/users/me/host", "/api/v1/users/{id}",
                "/api/v1/admin/users", "/api/v1/admin/users/{id}/suspend", "/api/v1/admin/users/{id}/reinstate"));
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblems() {
        List<String> undocumented = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean hasClientError = responses.keySet().stream().anyMatch(code -> code.startsWith("4"));
            boolean errorsAreProblems = responses.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("4"))
                    .allMatch(e -> String.valueOf(e.getValue().get("$ref")).startsWith("#/components/responses/"));
            boolean securedDocuments401 = !operation.containsKey("security") || responses.containsKey("401");
            if (!hasClientError || !errorsAreProblems || !securedDocuments401) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(undocumented, empty());
    }

    @Test
    void sharedErrorResponsesUseTheProblemMediaType() {
        Map<String, Map<String, Map<String, Object>>> responses = document.getMap("components.responses");
        responses.forEach((name, response) ->
                assertEquals(List.of("application/problem+json"), List.copyOf(response.get("content").keySet()), name));
    }
}
