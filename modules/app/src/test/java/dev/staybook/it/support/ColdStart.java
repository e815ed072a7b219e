package dev.staybook.it.support;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the server looked like after it had started without a database, and how it came to be ready once the
 * database appeared. The build starts the database proxy closed; the first system test class to run opens
 * it (through {@link ServerReadiness}) after recording this, and StartWithoutDatabaseIT checks the record, so
 * the check does not depend on which class runs first.
 *
 * @param livenessStatus GET /health/live while the database was missing
 * @param readinessStatus GET /health/ready at the same time
 * @param readinessBody its body
 * @param processBefore the server's process id then
 * @param processAfter its process id once ready
 * @param restoredToReady from opening the proxy to readiness UP
 */
public record ColdStart(int livenessStatus, int readinessStatus, String readinessBody, String processBefore,
                        String processAfter, Duration restoredToReady) {

    private static volatile ColdStart observed;

    /** The record, if this run's server started without a database. */
    public static Optional<ColdStart> observed() {
        return Optional.ofNullable(observed);
    }

    /** Waits for the started server, records its health, gives it the database and waits until it is ready. */
    static void observeAndOpenTheDatabase(Duration deadline) {
        Eventually.until("the application started (GET /health/live answers 200)", deadline,
                () -> status("/health/live"), status -> status == 200);
        String processBefore = ServerProcess.id();
        Response readiness = Api.server().get("/health/ready");
        int liveness = status("/health/live");

        Instant restored = Instant.now();
        DatabaseProxyControl.restore();
        Eventually.until("the server ready once the database is there", deadline, () -> status("/health/ready"), status -> status == 200);
        observed = new ColdStart(liveness, readiness.statusCode(), readiness.asString(), processBefore, ServerProcess.id(),
                Duration.between(restored, Instant.now()));
    }

    private static int status(String path) {
        try {
            return Api.server().get(path).statusCode();
        } catch (RuntimeException notListening) {
            return -1;
        }
    }
}
