package dev.staybook.it.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonObjectBuilder;

/**
 * Posts GraphQL requests to /graphql as a user (or nobody) and reads the answer: the data of a request
 * that must succeed, the error code of one that must fail, and the SQL statements the server ran for it
 * (X-Statement-Count, on in the system tests), which is how tests prove that lists are fetched in batches.
 */
public final class GraphQL {

    private GraphQL() {
    }

    /** The raw answer to a query with variables (a JSON object, or null for none), as {@code user} (null: anonymous). */
    public static Response post(TestUser user, String query, JsonObjectBuilder variables) {
        JsonObjectBuilder body = jakarta.json.Json.createObjectBuilder().add("query", query);
        if (variables != null) {
            body.add("variables", variables);
        }
        return request(user).body(body.build().toString()).post("/graphql");
    }

    /** The {@code data} of an answer that must have no errors. */
    public static JsonPath data(TestUser user, String query, JsonObjectBuilder variables) {
        JsonPath answer = post(user, query, variables).then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), () -> "errors: " + answer.prettify());
        return answer.setRootPath("data");
    }

    /** The {@code code} of the answer's only error, which must have left {@code field} null in the data. */
    public static String errorCode(TestUser user, String query, JsonObjectBuilder variables, String field) {
        JsonPath answer = post(user, query, variables).then().statusCode(200).extract().jsonPath();
        assertEquals(1, answer.getList("errors").size(), () -> "one error expected: " + answer.prettify());
        assertNull(answer.get("data." + field), () -> field + " must be null: " + answer.prettify());
        String code = answer.getString("errors[0].extensions.code");
        assertNotNull(code, () -> "the error has no code: " + answer.prettify());
        assertNull(answer.get("errors[0].extensions.exception"), () -> "no Java class names: " + answer.prettify());
        return code;
    }

    /** How many SQL statements the server ran to answer. */
    public static int statementCount(Response response) {
        String count = response.header("X-Statement-Count");
        assertNotNull(count, "the server counts statements in the system tests (staybook.diagnostics.statement-count)");
        return Integer.parseInt(count);
    }

    public static RequestSpecification request(TestUser user) {
        RequestSpecification request = given().baseUri(Api.BASE_URL).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Api.randomClientAddress());
        return user == null ? request : request.auth().oauth2(user.accessToken());
    }
}
