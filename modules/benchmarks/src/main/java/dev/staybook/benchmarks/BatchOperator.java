package dev.staybook.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Liberty's batch REST API as the operator uses it: submit a job, watch its execution. The development
 * server's certificate is self-signed, so this client trusts any (never point it at anything else).
 */
final class BatchOperator {

    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    /** The finished execution of a job, with its steps' names and durations as the job repository recorded them. */
    record Execution(long id, String batchStatus, String exitStatus, JsonArray steps) {
    }

    BatchOperator(String httpsUrl, String user, String password) {
        this.http = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).sslParameters(withoutHostnameCheck())
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUrl = httpsUrl + "/ibm/api/batch";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Submits the job and waits for its first execution to finish. */
    Execution run(String jobXmlName, Map<String, String> parameters, Duration timeout) throws IOException, InterruptedException {
        JsonObject body = Json.createObjectBuilder().add("applicationName", "staybook").add("moduleName", "staybook.war")
                .add("jobXMLName", jobXmlName).add("jobParameters", Json.createObjectBuilder(Map.<String, Object>copyOf(parameters))).build();
        long instance = send(request("/jobinstances").POST(HttpRequest.BodyPublishers.ofString(body.toString())), 201)
                .asJsonObject().getJsonNumber("instanceId").longValue();
        return awaitExecution(instance, 1, timeout);
    }

    /** The job instance of a finished execution (to restart it). */
    long instanceOf(Execution execution) throws IOException, InterruptedException {
        return send(request("/jobexecutions/" + execution.id()).GET(), 200).asJsonObject().getJsonNumber("instanceId").longValue();
    }

    /** Restarts a failed job instance as the operator would and waits for that new execution to finish. */
    Execution restart(long instance, Map<String, String> parameters, Duration timeout) throws IOException, InterruptedException {
        int before = send(request("/jobinstances/" + instance + "/jobexecutions").GET(), 200).asJsonArray().size();
        JsonObject body = Json.createObjectBuilder().add("jobParameters", Json.createObjectBuilder(Map.<String, Object>copyOf(parameters))).build();
        send(request("/jobinstances/" + instance + "?action=restart").PUT(HttpRequest.BodyPublishers.ofString(body.toString())), 200);
        return awaitExecution(instance, before + 1, timeout);
    }

    /** Waits until the instance has {@code count} executions and the newest (listed first) has finished. */
    private Execution awaitExecution(long instance, int count, Duration timeout) throws IOException, InterruptedException {
        long giveUpAt = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUpAt) {
            JsonArray executions = send(request("/jobinstances/" + instance + "/jobexecutions").GET(), 200).asJsonArray();
            if (executions.size() >= count) {
                JsonObject execution = executions.stream().map(JsonValue::asJsonObject)
                        .max(java.util.Comparator.comparingLong(e -> e.getJsonNumber("executionId").longValue())).orElseThrow();
                if (FINISHED.contains(execution.getString("batchStatus"))) {
                    long id = execution.getJsonNumber("executionId").longValue();
                    JsonArray steps = send(request("/jobexecutions/" + id + "/stepexecutions").GET(), 200).asJsonArray();
                    return new Execution(id, execution.getString("batchStatus"), execution.getString("exitStatus", ""), steps);
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("job instance " + instance + " did not finish within " + timeout);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30));
    }

    private JsonValue send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("batch API answered " + response.statusCode() + ": " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static SSLContext trustingAnyCertificate() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLParameters withoutHostnameCheck() {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        return new SSLParameters();
    }
}
