package dev.staybook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The HTTP access log of config/server.xml (the one the image and the operators' archive ship) names the client, not
 * the proxy, and writes no query string, in logs/http_access.log nor in the JSON console: queries carry secrets (the
 * calendar feed's token) and personal data (the admin lists' email filter).
 */
class AccessLogTest {

    private static Document server;

    @BeforeAll
    static void readServerXml() throws Exception {
        Path file = repositoryRoot().resolve("config/server.xml");
        server = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void namesTheClientThatTrustedProxiesForwardedFor() {
        assertEquals("true", single("remoteIp").getAttribute("useRemoteIpInAccessLog"),
                "Liberty logs the proxy's address unless remoteIp says useRemoteIpInAccessLog=\"true\"");
        assertTrue(single("accessLogging").getAttribute("logFormat").startsWith("%a "),
                "%a is the forwarded client's address; %h is the Forwarded header's host, which proxies rarely send");
    }

    @Test
    void writesThePathWithoutItsQuery() {
        String format = single("accessLogging").getAttribute("logFormat");
        assertTrue(format.contains("%U"), "the path: " + format);
        assertFalse(format.contains("%r"), "the request line holds the query string: " + format);
        assertFalse(format.contains("%q"), "the query string: " + format);
    }

    @Test
    void theJsonConsoleHasTheSameFields() {
        assertEquals("logFormat", single("logging").getAttribute("jsonAccessLogFields"),
                "Liberty's default JSON access log fields include the query string (ibm_queryString)");
    }

    private static Element single(String tag) {
        assertEquals(1, server.getElementsByTagName(tag).getLength(), "one <" + tag + "> in config/server.xml");
        return (Element) server.getElementsByTagName(tag).item(0);
    }

    private static Path repositoryRoot() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("config/server.xml")) && Files.isRegularFile(directory.resolve("pom.xml"))) {
                return directory;
            }
        }
        throw new IllegalStateException("no repository root (config/server.xml and pom.xml) above " + Path.of("").toAbsolutePath());
    }
}
