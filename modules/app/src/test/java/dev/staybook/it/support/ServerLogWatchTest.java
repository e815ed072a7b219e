package dev.staybook.it.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/** The log watch must fail on an error line written during the class, and only on those. */
class ServerLogWatchTest {

    @TempDir
    Path serverDir;
    private Path log;
    private final ServerLogWatch watch = new ServerLogWatch();
    private final ExtensionContext context = FakeContext.create();

    @BeforeEach
    void createLog() throws IOException {
        Files.createDirectories(serverDir.resolve("logs"));
        log = Files.writeString(serverDir.resolve("logs/messages.log"),
                "[1/1/26, 0:00:00:000 UTC] 0000001 com.example.Old   E OLD0001E: logged before the class ran\n");
        System.setProperty("staybook.server.dir", serverDir.toString());
    }

    @Test
    void failsWhenTheServerLogsAnErrorDuringTheClass() throws IOException {
        watch.beforeAll(context);
        Files.writeString(log, "[1/1/26, 0:00:01:000 UTC] 0000002 com.example.Thing   E THING0001E: broken\n", StandardOpenOption.APPEND);
        assertThrows(AssertionError.class, () -> watch.afterAll(context));
    }

    @Test
    void ignoresWarningsAndErrorsFromBefore() throws IOException {
        watch.beforeAll(context);
        Files.writeString(log, "[1/1/26, 0:00:01:000 UTC] 0000002 com.example.Thing   W THING0002W: careful\n", StandardOpenOption.APPEND);
        assertDoesNotThrow(() -> watch.afterAll(context));
    }

    /** Just enough of an ExtensionContext: an id and a store. */
    private static final class FakeContext {
        static ExtensionContext create() {
            Map<Object, Object> values = new java.util.HashMap<>();
            ExtensionContext.Store store = (ExtensionContext.Store) java.lang.reflect.Proxy.newProxyInstance(
                    ExtensionContext.Store.class.getClassLoader(), new Class<?>[] {ExtensionContext.Store.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "put" -> values.put(args[0], args[1]);
                        case "get" -> args.length == 2 ? ((Class<?>) args[1]).cast(values.get(args[0])) : values.get(args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            return (ExtensionContext) java.lang.reflect.Proxy.newProxyInstance(
                    ExtensionContext.class.getClassLoader(), new Class<?>[] {ExtensionContext.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getStore" -> store;
                        case "getUniqueId" -> "[class:Fake]";
                        case "getDisplayName" -> "Fake";
                        case "getParent" -> Optional.empty();
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
