package dev.staybook.arquillian;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;

/**
 * The server's messages.log from the moment this was created: what Liberty said about a deployment after
 * the adapter made it. Liberty writes the log line by line, so a message is found once its line is there.
 */
final class ServerLog {

    private final Path file;
    private final long start;

    private ServerLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    static ServerLog of(Path serverDir) {
        Path file = serverDir.resolve("logs").resolve("messages.log");
        try {
            return new ServerLog(file, Files.exists(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            return new ServerLog(file, 0);
        }
    }

    /** Waits until the log written since then contains one of the messages; returns its line. */
    String await(Duration timeout, String... messages) throws DeploymentException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String written = writtenSince();
            for (String line : written.split("\n")) {
                for (String message : messages) {
                    if (line.contains(message)) {
                        return line;
                    }
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new DeploymentException("Liberty did not log any of " + String.join(" | ", messages) + " within " + timeout);
    }

    /** After a declaration was removed: waits for its application to stop, unless it was not running (then nothing comes). */
    void awaitIfRunning(Duration timeout, String application) {
        try {
            await(timeout, "CWWKZ0009I: The application " + application + " has stopped successfully");
        } catch (DeploymentException notRunning) {
            // it had failed to start, or was never started: there was nothing to stop
        }
    }

    private String writtenSince() {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long length = log.length();
            if (length <= start) {
                return "";
            }
            byte[] bytes = new byte[(int) (length - start)];
            log.seek(start);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException notYet) {
            return "";
        }
    }
}
