package dev.staybook.it.support;

import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds the first system test class back until the server says it is ready (GET /health/ready answers
 * UP: the application has started and migrated its schemas). The build starts the tests once Liberty
 * itself is up, and on a busy machine the application can take minutes more; without this wait every
 * class would fail with 404s. The build starts the server without a database; the first wait records what
 * that looks like ({@link ColdStart}) and then gives it the database. Applied to every system test class
 * through {@link SystemTest}.
 */
public class ServerReadiness implements BeforeAllCallback {

    static final Duration DEADLINE = Duration.ofMinutes(5);
    private static volatile boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) {
        awaitReady();
    }

    private static synchronized void awaitReady() {
        if (!ready) {
            if (DatabaseProxyControl.available()) {
                // the build starts the server without a database (the proxy is closed): record that, then open it
                ColdStart.observeAndOpenTheDatabase(DEADLINE);
            }
            Eventually.until("the server ready at " + Api.BASE_URL, DEADLINE, ServerReadiness::readiness,
                    answer -> answer.startsWith("200 "));
            ready = true;
        }
    }

    private static String readiness() {
        try {
            Response response = Api.server().get("/health/ready");
            return response.statusCode() + " " + response.asString();
        } catch (RuntimeException notListening) {
            return notListening.toString();
        }
    }
}
