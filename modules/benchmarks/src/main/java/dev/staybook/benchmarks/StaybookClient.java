package dev.staybook.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The few API calls the benchmark makes, as a client would. Each request comes from a random private
 * address in X-Forwarded-For (the server trusts it from loopback), so that the per-address sign-in limit
 * sees many clients rather than one.
 */
final class StaybookClient {

    static final String PASSWORD = "a long and unusual benchmark password";

    private final HttpClient http;
    private final String api;

    StaybookClient(String baseUrl) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.api = baseUrl + "/api/v1";
    }

    /** Registers and signs in a new user; returns the access token. */
    String newUser(String name) throws IOException, InterruptedException {
        return registerAndSignIn(name).getString("accessToken");
    }

    /** Registers a user who becomes a host; returns an access token that carries the HOST role. */
    String newHost(String name) throws IOException, InterruptedException {
        JsonObject signedIn = registerAndSignIn(name);
        expect(200, post("/users/me/host", signedIn.getString("accessToken"), ""));
        return tokens(post("/auth/refresh", null, Json.createObjectBuilder()
                .add("refreshToken", signedIn.getString("refreshToken")).build().toString())).getString("accessToken");
    }

    private JsonObject registerAndSignIn(String name) throws IOException, InterruptedException {
        String email = "bench-" + UUID.randomUUID() + "@bench.staybook.test";
        expect(202, post("/auth/register", null, Json.createObjectBuilder().add("email", email).add("password", PASSWORD)
                .add("name", name).build().toString()));
        return tokens(post("/auth/login", null, Json.createObjectBuilder().add("email", email).add("password", PASSWORD)
                .build().toString()));
    }

    /** Creates a published instant-book listing (with the one photo publishing needs): 100.00 EUR a night, 25.00 cleaning, in Paris; returns its id. */
    String publishedListing(String hostToken, String city) throws IOException, InterruptedException {
        JsonObjectBuilder money = Json.createObjectBuilder().add("amount", "100.00").add("currency", "EUR");
        String body = Json.createObjectBuilder()
                .add("title", "Benchmark flat").add("description", "Booked by the benchmark.")
                .add("propertyType", "APARTMENT").add("roomType", "ENTIRE_PLACE")
                .add("address", Json.createObjectBuilder().add("street", "1 Bench Street").add("city", city).add("country", "FR"))
                .add("location", Json.createObjectBuilder().add("latitude", 48.85).add("longitude", 2.35))
                .add("timeZone", "Europe/Paris")
                .add("capacity", Json.createObjectBuilder().add("guests", 4).add("bedrooms", 2).add("beds", 2).add("bathrooms", 1))
                .add("photos", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "https://img.example/bench.jpg")))
                .add("pricing", Json.createObjectBuilder().add("nightlyPrice", money)
                        .add("cleaningFee", Json.createObjectBuilder().add("amount", "25.00").add("currency", "EUR")))
                .add("instantBook", true).add("publish", true)
                .build().toString();
        return read(expect(201, post("/listings", hostToken, body))).getString("id");
    }

    /** POST /bookings; the answer's status and the time it took. */
    Answer book(String guestToken, String listingId, LocalDate checkIn, LocalDate checkOut) throws InterruptedException {
        String body = Json.createObjectBuilder().add("listingId", listingId).add("checkIn", checkIn.toString())
                .add("checkOut", checkOut.toString()).add("guests", 2).build().toString();
        HttpRequest request = request("/bookings", guestToken).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Answer(status, System.nanoTime() - start);
        } catch (IOException failed) {
            return new Answer(0, System.nanoTime() - start);
        }
    }

    /** An HTTP status (0 when no answer came) and the latency in nanoseconds. */
    record Answer(int status, long nanos) {
    }

    /** An anonymous GET of {@code pathAndQuery} under /api/v1: its status, X-Cache header (HIT, MISS or null) and latency. */
    Read read(String pathAndQuery) throws InterruptedException {
        HttpRequest request = request(pathAndQuery, null).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Read(response.statusCode(), response.headers().firstValue("X-Cache").orElse(null), System.nanoTime() - start);
        } catch (IOException failed) {
            return new Read(0, null, System.nanoTime() - start);
        }
    }

    /** What {@link #read} saw. */
    record Read(int status, String cache, long nanos) {
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return http.send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), 1 + random.nextInt(254)));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static JsonObject tokens(HttpResponse<String> response) {
        return read(expect(200, response));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected %d from %s, got %d: %s".formatted(status, response.uri(),
                    response.statusCode(), response.body()));
        }
        return response;
    }

    private static JsonObject read(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
