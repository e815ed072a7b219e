package dev.staybook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable the server reads is in the README's Configuration table, so operators
 * never have to read the code to learn a setting: the {@code ${staybook.*}} variables of
 * {@code config/server.xml}, the modules' {@code microprofile-config.properties} keys, their
 * {@code @ConfigProperty} names, and the {@code STAYBOOK_*} names the code reads directly. The operators'
 * {@code server.env.example} shows each of them too.
 */
class ConfigurationDocumentedTest {

    private static ConfigurationSources sources;

    @BeforeAll
    static void findTheRepository() {
        sources = ConfigurationSources.ofRepositoryAbove(Path.of("").toAbsolutePath());
    }

    @Test
    void everyVariableTheServerReadsIsInTheReadmeTable() throws IOException {
        Set<String> documented = sources.documentedVariables();
        Set<String> missing = new TreeSet<>(sources.readVariables());
        missing.removeAll(documented);

        assertTrue(missing.isEmpty(), () -> "README.md's Configuration table lacks " + missing
                + ": add a row with the default and the meaning of each");
    }

    @Test
    void everyVariableTheServerReadsIsInTheOperatorsEnvironmentExample() throws IOException {
        Set<String> missing = new TreeSet<>(sources.readVariables());
        missing.removeAll(sources.exampleVariables());

        assertTrue(missing.isEmpty(), () -> "src-distribution/server.env.example lacks " + missing
                + ": add a line with the default (commented out when there is none)");
    }

    /** Guards the check against passing vacuously: it must find settings of each kind of source. */
    @Test
    void theScanFindsSettingsOfEveryKindOfSource() throws IOException {
        Set<String> read = sources.readVariables();

        assertTrue(read.contains("STAYBOOK_DB_HOST"), "server.xml variables: " + read);
        assertTrue(read.contains("MP_JWT_VERIFY_ISSUER"), "microprofile-config.properties keys: " + read);
        assertTrue(read.contains("STAYBOOK_BOOKINGS_TAX_PERCENT"), "@ConfigProperty names: " + read);
        assertTrue(read.contains("STAYBOOK_JWT_PRIVATE_KEY_FILE"), "names the code reads directly: " + read);
        assertTrue(sources.documentedVariables().size() > 30, "the README table was not found or not parsed");
    }

    @Test
    void propertyNamesBecomeEnvironmentVariablesTheWayMicroProfileConfigMapsThem() {
        assertEquals("STAYBOOK_MAIL_POLL_INTERVAL", ConfigurationSources.environmentName("staybook.mail.poll-interval"));
        assertEquals("MP_JWT_VERIFY_AUDIENCES", ConfigurationSources.environmentName("mp.jwt.verify.audiences"));
    }
}
