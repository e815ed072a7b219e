package dev.staybook.benchmarks;

import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A read the API offers both over REST and over GraphQL, with the GraphQL query asking for what the REST
 * answer holds. The argument is a listing id or a city; an answer counts only if it holds what was asked.
 */
enum ComparedRead {

    LISTING_DETAILS("listing details (GET /listings/{id}, query listing)") {
        @Override
        String restPath(String id) {
            return "/api/v1/listings/" + id;
        }

        @Override
        String graphQlQuery() {
            return "query($arg: ID!) { listing(id: $arg) { id status title description propertyType roomType city country"
                    + " latitude longitude timeZone guests bedrooms beds bathrooms amenities photoUrls"
                    + " nightlyPrice { amount currency } cleaningFee { amount currency } minNights maxNights instantBook"
                    + " cancellationPolicy ratingAverage ratingCount host { id name } } }";
        }

        @Override
        boolean answered(String body, String id) {
            return body.contains("\"id\":\"" + id + "\"");
        }
    },
    SEARCH_PAGE("search page (20 newest listings of a city)") {
        @Override
        String restPath(String city) {
            return "/api/v1/listings?city=" + URLEncoder.encode(city, StandardCharsets.UTF_8);
        }

        @Override
        String graphQlQuery() {
            return "query($arg: String) { listings(city: $arg) { items { id title city country latitude longitude propertyType"
                    + " roomType guests instantBook nightlyPrice { amount currency } photoUrl ratingAverage ratingCount }"
                    + " nextCursor } }";
        }

        @Override
        boolean answered(String body, String city) {
            return body.contains("\"items\":[{");
        }
    };

    final String label;

    ComparedRead(String label) {
        this.label = label;
    }

    abstract String restPath(String argument);

    abstract String graphQlQuery();

    /** Whether a 200's body is the data asked for (GraphQL answers 200 with "errors" too). */
    abstract boolean answered(String body, String argument);

    HttpRequest rest(String baseUrl, String argument) {
        return HttpRequest.newBuilder(URI.create(baseUrl + restPath(argument))).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build();
    }

    HttpRequest graphQl(String baseUrl, String argument) {
        String body = Json.createObjectBuilder().add("query", graphQlQuery())
                .add("variables", Json.createObjectBuilder().add("arg", argument)).build().toString();
        return HttpRequest.newBuilder(URI.create(baseUrl + "/graphql")).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
