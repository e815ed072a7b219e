package dev.staybook.it.payments;

import static io.restassured.RestAssured.given;

import dev.staybook.it.support.Eventually;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The payout job as an operator runs it: through Liberty's batch REST API on the HTTPS port (the test
 * server's self-signed certificate is trusted) with the operator account the build configured.
 */
final class PayoutRuns {

    private static final String HTTPS_URL = System.getProperty("staybook.https.url", "https://localhost:9443");
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final Duration RUN_DEADLINE = Duration.ofMinutes(3);

    private PayoutRuns() {
    }

    /** The outcome of one execution of the job. */
    record Execution(long executionId, String batchStatus, String exitStatus) {
    }

    /** Submits the job with these parameters; returns its instance id. */
    static long submit(Map<String, String> parameters) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("applicationName", "staybook").add("moduleName", "staybook.war")
                .add("jobXMLName", "host-payouts").add("jobParameters", Json.createObjectBuilder(Map.copyOf(parameters)));
        return operator().body(body.build().toString()).post("/jobinstances")
                .then().statusCode(201).extract().jsonPath().getLong("instanceId");
    }

    /** Submits the job and waits until its (first) execution has finished. */
    static Execution run(Map<String, String> parameters) {
        return awaitFinished(submit(parameters), 1);
    }

    /** Restarts a failed or stopped instance with these parameters and waits until the new execution has finished. */
    static Execution restart(long instanceId, Map<String, String> parameters) {
        int executionsBefore = executions(instanceId).size();
        operator().queryParam("action", "restart")
                .body(Json.createObjectBuilder().add("jobParameters", Json.createObjectBuilder(Map.copyOf(parameters))).build().toString())
                .put("/jobinstances/" + instanceId).then().statusCode(200);
        return awaitFinished(instanceId, executionsBefore + 1);
    }

    /** Waits until the instance has this many executions and the newest has finished. */
    static Execution awaitFinished(long instanceId, int executions) {
        return Eventually.until("execution %d of job instance %d finished".formatted(executions, instanceId), RUN_DEADLINE,
                () -> executions(instanceId),
                found -> found.size() == executions && FINISHED.contains(newest(found).batchStatus())).stream()
                .max(Comparator.comparingLong(Execution::executionId)).orElseThrow();
    }

    static List<Execution> executions(long instanceId) {
        JsonPath found = operator().get("/jobinstances/" + instanceId + "/jobexecutions").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = found.getList("$");
        return rows.stream().map(row -> new Execution(((Number) row.get("executionId")).longValue(),
                (String) row.get("batchStatus"), (String) row.get("exitStatus"))).toList();
    }

    private static Execution newest(List<Execution> executions) {
        return executions.stream().max(Comparator.comparingLong(Execution::executionId)).orElseThrow();
    }

    /** A request of the batch operator to /ibm/api/batch. */
    static RequestSpecification operator() {
        return unauthenticated().auth().preemptive()
                .basic(System.getProperty("staybook.batch.operator.user", "batch-operator"),
                        System.getProperty("staybook.batch.operator.password"));
    }

    static RequestSpecification unauthenticated() {
        return given().relaxedHTTPSValidation().baseUri(HTTPS_URL).basePath("/ibm/api/batch").contentType("application/json");
    }
}
