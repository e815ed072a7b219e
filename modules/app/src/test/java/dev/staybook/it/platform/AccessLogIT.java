package dev.staybook.it.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.SystemTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * logs/http_access.log names the client a trusted proxy forwarded for, not the proxy, and keeps query strings out:
 * they carry secrets (the calendar feed's token) and personal data (the admin lists' email filter).
 */
@SystemTest
class AccessLogIT {

    @Test
    void namesTheForwardedClientAndLeavesTheQueryOut() {
        String client = Api.randomClientAddress();
        String userAgent = "access-log-probe/" + UUID.randomUUID();
        String secret = "secret" + UUID.randomUUID().toString().replace("-", "");
        String feed = "/listings/" + UUID.randomUUID() + "/calendar.ics";

        Api.from(client).header("User-Agent", userAgent).queryParam("token", secret).get(feed).then().statusCode(404);

        String line = Eventually.value("the request in logs/http_access.log", () -> lineWith(userAgent));
        assertTrue(line.startsWith(client + " "), "the client, as the proxy on loopback forwarded it: " + line);
        assertTrue(line.contains("\"GET " + Api.API + feed + " HTTP/1.1\""), "method, path and protocol: " + line);
        assertFalse(line.contains(secret), "no query string: " + line);
    }

    private static Optional<String> lineWith(String text) {
        try (Stream<String> lines = Files.lines(Path.of(System.getProperty("staybook.server.dir"), "logs", "http_access.log"))) {
            return lines.filter(line -> line.contains(text)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
