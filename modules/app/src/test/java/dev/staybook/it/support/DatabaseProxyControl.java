package dev.staybook.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * The switch of the TCP proxy between the test server and PostgreSQL (dev-database's DatabaseProxy):
 * {@link #cut()} is what the server sees when PostgreSQL restarts or the network fails, {@link #restore()}
 * brings the database back. The build starts the proxy closed, so the server starts without a database.
 */
public final class DatabaseProxyControl {

    private static final String CONTROL = System.getProperty("staybook.db.proxy.control");

    private DatabaseProxyControl() {
    }

    /** Whether this run has a proxy to control (not when the tests run against a server started by hand). */
    public static boolean available() {
        return CONTROL != null && !CONTROL.isBlank();
    }

    public static void cut() {
        send("/cut");
    }

    public static void restore() {
        send("/restore");
    }

    private static void send(String action) {
        String control = Optional.ofNullable(CONTROL).orElseThrow(() -> new IllegalStateException("no staybook.db.proxy.control"));
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(control + action)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("database proxy " + action + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("database proxy " + action + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
