package dev.staybook.it.platform;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint, and every error it documents is a problem document. */
@SystemTest
class OpenApiIT {

    private static final Set<String> DESCRIBED_BY = Set.of("$ref", "properties", "additionalProperties", "allOf", "oneOf");
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
            // public operations say "security: []"; the others name the bearer scheme and document 401
            boolean secured = !((List<?>) operation.getOrDefault("security", List.of())).isEmpty();
            boolean securedDocuments401 = !secured || responses.containsKey("401");
            if (!hasClientError || !errorsAreProblems || !securedDocuments401) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(undocumented, empty());
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationId() {
        List<String> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object id = operation.get("operationId");
            if (id instanceof String name && name.matches("[a-z][a-zA-Z0-9]+")) {
                ids.add(name);
            } else {
                missing.add(method.toUpperCase() + " " + path + ": " + id);
            }
        }));
        assertThat(missing, empty());
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operationIds must be unique: " + ids);
    }

    @Test
    void everyJsonBodyHasATypedSchema() {
        List<String> untyped = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            bodies(operation.get("requestBody")).forEach(schema -> {
                if (!typed(schema)) {
                    untyped.add(name + " request: " + schema);
                }
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            responses.forEach((code, response) -> bodies(response).forEach(schema -> {
                if (code.startsWith("2") && !typed(schema)) {
                    untyped.add(name + " " + code + ": " + schema);
                }
            }));
        }));
        assertThat(untyped, empty());
    }

    /**
     * A JSON Schema pattern matches anywhere in the value, unlike Bean Validation's: unanchored, {@code guest|host}
     * would tell clients that {@code guests} or {@code xhost} are fine.
     */
    @Test
    void everyQueryParameterPatternIsAnchored() {
        List<String> unanchored = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            parameters.stream().filter(parameter -> "query".equals(parameter.get("in"))).forEach(parameter -> {
                Object pattern = parameter.get("schema") instanceof Map<?, ?> schema ? schema.get("pattern") : null;
                if (pattern instanceof String regex && !(regex.startsWith("^") && regex.endsWith("$"))) {
                    unanchored.add(method.toUpperCase() + " " + path + " " + parameter.get("name") + ": " + regex);
                }
            });
        }));
        assertThat(unanchored, empty());
    }

    /** The document's bounds of the discounts are the server's: its maximum is taken, one more is refused. */
    @Test
    void theDocumentedDiscountMaximumIsWhatTheServerTakes() {
        TestUser host = TestUser.register("Contract Host").asHost();
        for (String discount : List.of("weeklyDiscountPercent", "monthlyDiscountPercent")) {
            int maximum = document.getInt("components.schemas.ListingPricing.properties." + discount + ".maximum");
            Api.as(host.accessToken()).body(listingWithDiscount(discount, maximum)).post("/listings").then().statusCode(201);
            assertProblem(Api.as(host.accessToken()).body(listingWithDiscount(discount, maximum + 1)).post("/listings"), 400, "invalid-input")
                    .body("errors.field", hasItem("pricing." + discount));
        }
    }

    private static String listingWithDiscount(String discount, int percent) {
        return ListingFixtures.listing(ListingFixtures.uniqueCity("Contract"), 48.85, 2.35)
                .add("pricing", Json.createObjectBuilder().add("nightlyPrice", ListingFixtures.money("100.00", "EUR")).add(discount, percent))
                .build().toString();
    }

    /** The schemas of a request body's or a response's JSON content. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> bodies(Object bodyOrResponse) {
        if (!(bodyOrResponse instanceof Map<?, ?> body) || !(body.get("content") instanceof Map<?, ?> content)) {
            return List.of();
        }
        return content.entrySet().stream().filter(e -> String.valueOf(e.getKey()).contains("json"))
                .map(e -> (Map<String, Object>) ((Map<String, Object>) e.getValue()).get("schema")).toList();
    }

    /** Anything but an object that says nothing of its fields: {@code type: object} alone is what a client cannot use. */
    @SuppressWarnings("unchecked")
    private static boolean typed(Map<String, Object> schema) {
        if (schema == null || schema.isEmpty()) {
            return false;
        }
        if ("array".equals(schema.get("type"))) {
            return typed((Map<String, Object>) schema.get("items"));
        }
        boolean object = schema.get("type") == null || "object".equals(schema.get("type"));
        return !object || schema.keySet().stream().anyMatch(DESCRIBED_BY::contains);
    }

    @Test
    void sharedErrorResponsesUseTheProblemMediaType() {
        Map<String, Map<String, Map<String, Object>>> responses = document.getMap("components.responses");
        responses.forEach((name, response) ->
                assertEquals(List.of("application/problem+json"), List.copyOf(response.get("content").keySet()), name));
    }
}
