package dev.staybook.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class if the server logged an error while it ran. A request can look fine to the client
 * while the server hides a failure in its log (a broken transaction, a swallowed exception); this
 * turns every such line into a test failure. Applied to every system test class through the
 * {@link SystemTest} annotation.
 */
public class ServerLogWatch implements BeforeAllCallback, AfterAllCallback {

    /** Liberty's messages.log: "[date] thread logger   E MESSAGE". */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\[[^]]+] \\S+ \\S+\\s+E .*");
    private static final String START = "server-log-offset";

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        context.getStore(ExtensionContext.Namespace.GLOBAL).put(context.getUniqueId() + START, Files.size(log()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        long offset = context.getStore(ExtensionContext.Namespace.GLOBAL).get(context.getUniqueId() + START, Long.class);
        List<String> errors = linesAfter(offset).stream().filter(line -> ERROR_LINE.matcher(line).matches()).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("The server logged errors while " + context.getDisplayName() + " ran:\n"
                    + String.join("\n", errors));
        }
    }

    private static List<String> linesAfter(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static Path log() {
        return Path.of(System.getProperty("staybook.server.dir"), "logs", "messages.log");
    }
}
