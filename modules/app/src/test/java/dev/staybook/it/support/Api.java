package dev.staybook.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Entry point of every system test: requests against the Liberty server the build started
 * ({@code staybook.base.url}). Each test class sends its own client address (X-Forwarded-For from
 * loopback, which the server trusts), so per-address rate limits of one test never affect another.
 */
public final class Api {

    public static final String BASE_URL = System.getProperty("staybook.base.url", "http://localhost:9080");
    public static final String API = "/api/v1";

    private Api() {
    }

    /** A request from a fresh, random client address. */
    public static RequestSpecification anonymous() {
        return from(randomClientAddress());
    }

    public static RequestSpecification from(String clientAddress) {
        return given().spec(new RequestSpecBuilder()
                .setBaseUri(BASE_URL)
                .setBasePath(API)
                .setContentType(ContentType.JSON)
                .addHeader("X-Forwarded-For", clientAddress)
                .build());
    }

    public static RequestSpecification as(String accessToken) {
        return anonymous().auth().oauth2(accessToken);
    }

    /** A request to the server root, outside the API (health, OpenAPI, unknown paths). */
    public static RequestSpecification server() {
        return given().baseUri(BASE_URL);
    }

    /** A random private address: with 16 million of them, two test classes practically never share one. */
    public static String randomClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), 1 + random.nextInt(254));
    }
}
