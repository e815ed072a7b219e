package dev.staybook.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What ships is released: no library in the packaged WAR has a pre-release version (alpha, beta, milestone,
 * release candidate, snapshot), whatever a dependency brings along. Our own modules are the exception.
 */
class ReleasedLibrariesIT {

    private static final Pattern PRE_RELEASE = Pattern.compile("(?i).*[-.](alpha|beta|m\\d+|rc\\d*|cr\\d*|snapshot)[-.\\d]*\\.jar");
    private static final Pattern OURS = Pattern.compile("WEB-INF/lib/(shared-kernel|jdbc|outbox|cache|[a-z]+-(api|core))-[\\d.]+-SNAPSHOT\\.jar");

    @Test
    void theWarShipsNoPreReleaseLibrary() throws IOException {
        try (ZipFile war = new ZipFile(Path.of("target/staybook.war").toFile())) {
            List<String> preReleases = Collections.list(war.entries()).stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith("WEB-INF/lib/") && PRE_RELEASE.matcher(name).matches())
                    .filter(name -> !OURS.matcher(name).matches())
                    .toList();
            assertEquals(List.of(), preReleases);
        }
    }
}
