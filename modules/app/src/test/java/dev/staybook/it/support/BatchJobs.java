package dev.staybook.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Liberty's batch REST API ({@code /ibm/api/batch} on the https port, self-signed certificate) as an
 * external scheduler uses it: with the operator account's basic auth, start a job, restart an instance,
 * wait for an execution to end, and read its steps and partitions.
 */
public final class BatchJobs {

    private static final String URL = System.getProperty("staybook.batch.url", "https://localhost:9443/ibm/api/batch");
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    private BatchJobs() {
    }

    /** Starts a job of the application; returns its job instance id. */
    public static long start(String jobXmlName) {
        return operator().body(Json.of("applicationName", "staybook", "moduleName", "staybook.war",
                        "jobXMLName", jobXmlName, "jobParameters", JsonValue.EMPTY_JSON_OBJECT))
                .post("/jobinstances").then().statusCode(201).extract().jsonPath().getLong("instanceId");
    }

    /** Restarts the instance's last execution (which must have failed or stopped). */
    public static void restart(long instanceId) {
        operator().body(Json.of("jobParameters", JsonValue.EMPTY_JSON_OBJECT))
                .put("/jobinstances/" + instanceId + "?action=restart").then().statusCode(200);
    }

    /** One run of a job instance. */
    public record Execution(long id, String batchStatus, String exitStatus) {
    }

    /** Waits until the instance has {@code count} executions and the newest has ended; returns that newest one. */
    public static Execution awaitExecutionEnded(long instanceId, int count) {
        List<Execution> executions = Eventually.until("execution " + count + " of job instance " + instanceId + " ended", DEADLINE,
                () -> executions(instanceId), list -> list.size() == count && ENDED.contains(list.get(count - 1).batchStatus()));
        return executions.get(count - 1);
    }

    /** The executions of the instance, oldest first. */
    public static List<Execution> executions(long instanceId) {
        JsonPath json = operator().get("/jobinstances/" + instanceId + "/jobexecutions").then().statusCode(200).extract().jsonPath();
        List<Long> ids = json.getList("executionId", Long.class);
        List<String> statuses = json.getList("batchStatus", String.class);
        List<String> exits = json.getList("exitStatus", String.class);
        return IntStream.range(0, ids.size()).mapToObj(i -> new Execution(ids.get(i), statuses.get(i), exits.get(i)))
                .sorted(Comparator.comparingLong(Execution::id)).toList();
    }

    /** The names of the steps in {@link #steps} (the list also holds an entry of links). */
    public static List<String> stepNames(JsonPath steps) {
        return steps.getList("findAll { it.stepName != null }.stepName", String.class);
    }

    /** The step executions of a job execution (stepName, batchStatus, partitions with their exitStatus). */
    public static JsonPath steps(long executionId) {
        return operator().get("/jobexecutions/" + executionId + "/stepexecutions").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification operator() {
        return given().baseUri(URL).relaxedHTTPSValidation().contentType(ContentType.JSON)
                .auth().preemptive().basic(System.getProperty("staybook.batch.operator.user", "batch-operator"),
                        System.getProperty("staybook.batch.operator.password"));
    }
}
