package dev.staybook.it.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A second Staybook instance beside the build's test server: the same Liberty, application, configuration,
 * signing key, database (through the same proxy), Redis and mail server, on ports of its own. Its server
 * directory is a copy of the test server's without logs, work area or transaction log.
 */
public final class SecondServer {

    public static final Duration START_DEADLINE = Duration.ofMinutes(5);
    private static final List<String> COPIED = List.of("apps", "dev-keys", "dropins", "lib", "resources", "jvm.options", "server.env",
            "server.xml");

    private final Path wlp;
    private final String name;
    private final int httpPort;

    private SecondServer(Path wlp, String name, int httpPort) {
        this.wlp = wlp;
        this.name = name;
        this.httpPort = httpPort;
    }

    /** Prepares the copy of the test server ({@code staybook.server.dir}) under the given server name. */
    public static SecondServer besideTheTestServer(String name) {
        Path first = Path.of(System.getProperty("staybook.server.dir"));
        Path second = first.resolveSibling(name);
        try {
            deleteRecursively(second);
            Files.createDirectories(second);
            for (String entry : COPIED) {
                if (Files.exists(first.resolve(entry))) {
                    copyRecursively(first.resolve(entry), second.resolve(entry));
                }
            }
            Properties bootstrap = new Properties();
            try (var in = Files.newBufferedReader(first.resolve("bootstrap.properties"))) {
                bootstrap.load(in);
            }
            int http = freePort();
            bootstrap.setProperty("staybook.http.port", Integer.toString(http));
            bootstrap.setProperty("staybook.https.port", Integer.toString(freePort()));
            try (var out = Files.newBufferedWriter(second.resolve("bootstrap.properties"))) {
                bootstrap.store(out, "the second instance of " + first.getFileName());
            }
            return new SecondServer(first.getParent().getParent().getParent(), name, http);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the second server", e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Sets one variable of its environment (its server.env), replacing the test server's value. */
    public SecondServer withEnvironment(String variable, String value) {
        Path env = directory().resolve("server.env");
        try {
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(env).stream()
                    .filter(line -> !line.startsWith(variable + "=")).toList());
            if (value != null) {
                lines.add(variable + "=" + value);
            }
            Files.write(env, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts it and waits until it is ready. */
    public void start() {
        launch();
        Eventually.until(name + " ready", START_DEADLINE, this::readiness, status -> status == 200);
    }

    /** Starts its process (Liberty's start returns once the server runs, whether or not the application started). */
    public void launch() {
        run("start");
    }

    /** What it has logged so far (messages.log). */
    public String log() {
        Path log = directory().resolve("logs/messages.log");
        return Files.exists(log) ? read(log) : "";
    }

    private Path directory() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    /** Kills the process at once (SIGKILL): whatever it was doing is cut off mid-way. */
    public void kill() {
        long pid = Long.parseLong(read(wlp.resolve("usr/servers/.pid/" + name + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " is not running"));
        process.destroyForcibly();
        Eventually.until(name + " gone", Duration.ofSeconds(30), process::isAlive, alive -> !alive);
    }

    public void stop() {
        run("stop");
    }

    /** The status of /health/ready, -1 while nothing listens. */
    public int readiness() {
        try {
            return RestAssured.given().baseUri(baseUrl()).get("/health/ready").statusCode();
        } catch (RuntimeException notListening) {
            return -1;
        }
    }

    private void run(String action) {
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name).inheritIO().start();
            if (process.waitFor() != 0 && !"stop".equals(action)) {
                throw new IllegalStateException("server " + action + " " + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
