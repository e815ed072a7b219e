package dev.staybook.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test server's process, as Liberty records it (usr/servers/.pid/&lt;server&gt;.pid): proof of "no restart". */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static String id() {
        Path serverDirectory = Path.of(System.getProperty("staybook.server.dir"));
        Path pidFile = serverDirectory.getParent().resolve(".pid").resolve(serverDirectory.getFileName() + ".pid");
        try {
            return Files.readString(pidFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's process id from " + pidFile, e);
        }
    }
}
