package dev.staybook.architecture;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads, as text, where the server's settings are named (server.xml, microprofile-config.properties, the
 * modules' main sources) and which variables the README's Configuration table lists.
 */
final class ConfigurationSources {

    private static final Pattern SERVER_XML_VARIABLE = Pattern.compile("(?:<variable\\s+name=\"|\\$\\{)(staybook\\.[a-z0-9.-]+)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_LOOKUP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"([a-z][^\"]+)\"");
    private static final Pattern ENVIRONMENT_LITERAL = Pattern.compile("\"(STAYBOOK_[A-Z0-9_]+)\"");
    private static final Pattern EXAMPLE_LINE = Pattern.compile("^#?([A-Z][A-Z0-9_]+)=", Pattern.MULTILINE);
    private static final Pattern TABLE_VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
    /**
     * Fixed by the application, not settings: changing them would break it (the key is RSA, the list is our errors,
     * and the build generates the OpenAPI document, which Liberty serves without scanning or validating it again).
     */
    private static final Set<String> NOT_SETTINGS = Set.of(
            "mp.jwt.verify.publickey.algorithm", "mp.graphql.exceptionsWhiteList", "mp.graphql.showErrorMessage",
            "mp.openapi.scan.disable", "mp.openapi.extensions.liberty.validation");

    private final Path root;

    private ConfigurationSources(Path root) {
        this.root = root;
    }

    /** The repository that holds {@code start}: the first directory upwards with README.md and config/server.xml. */
    static ConfigurationSources ofRepositoryAbove(Path start) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("README.md")) && Files.isRegularFile(directory.resolve("config/server.xml"))) {
                return new ConfigurationSources(directory);
            }
        }
        throw new IllegalStateException("no repository root (README.md and config/server.xml) above " + start);
    }

    /** MicroProfile Config's (and Liberty's) mapping: every other character than a letter or digit becomes _. */
    static String environmentName(String propertyName) {
        return propertyName.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    Set<String> readVariables() throws IOException {
        Set<String> variables = new TreeSet<>();
        matches(SERVER_XML_VARIABLE, Files.readString(root.resolve("config/server.xml")), variables);
        for (Path file : mainFiles("microprofile-config.properties")) {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            properties.stringPropertyNames().stream().filter(name -> !NOT_SETTINGS.contains(name))
                    .map(ConfigurationSources::environmentName).forEach(variables::add);
        }
        for (Path file : mainFiles(".java")) {
            String source = Files.readString(file);
            matches(CONFIG_PROPERTY, source, variables);
            matches(CONFIG_LOOKUP, source, variables);
            matches(ENVIRONMENT_LITERAL, source, variables);
        }
        return variables;
    }

    /** The variables named in the first column of the table in README.md's "Configuration" section. */
    Set<String> documentedVariables() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        if (start < 0) {
            return Set.of();
        }
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> documented = new TreeSet<>();
        section.lines().filter(line -> line.startsWith("| `")).forEach(row -> {
            String firstCell = row.substring(1, row.indexOf('|', 1));
            Matcher names = TABLE_VARIABLE.matcher(firstCell);
            while (names.find()) {
                documented.add(names.group(1));
            }
        });
        return documented;
    }

    /** The variables src-distribution/server.env.example shows, set or commented out. */
    Set<String> exampleVariables() throws IOException {
        Set<String> shown = new TreeSet<>();
        matches(EXAMPLE_LINE, Files.readString(root.resolve("src-distribution/server.env.example")), shown);
        return shown;
    }

    private static void matches(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            into.add(name.startsWith("STAYBOOK_") ? name : environmentName(name));
        }
    }

    /** Files under some module's src/main whose names end with {@code suffix}. */
    private Set<Path> mainFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("modules"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.contains("/src/main/") && !path.contains("/target/"))
                    .map(root::resolve)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
