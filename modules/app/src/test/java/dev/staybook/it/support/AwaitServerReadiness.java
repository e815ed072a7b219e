package dev.staybook.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the first system test, waits until the server reports ready (application started, schemas
 * migrated, database answering): the build starts Liberty, but the application can take longer than the
 * server on a busy machine. Does nothing in unit-test runs, which have no server address.
 */
public class AwaitServerReadiness implements LauncherSessionListener {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String baseUrl = System.getProperty("staybook.base.url");
        if (baseUrl == null) {
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (java.io.IOException notListeningYet) {
                pause();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the server at " + baseUrl + " was not ready within " + LIMIT);
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
