package dev.staybook.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OneJsonValueTest {

    private static Optional<String> problemOf(String body) {
        return OneJsonValue.problemOf(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String body) {
        return problemOf(body).orElseThrow(() -> new AssertionError("accepted: " + body));
    }

    @Test
    void oneValueWithEachMemberOncePasses() {
        assertEquals(Optional.empty(), problemOf("{\"adults\": 1, \"party\": [{\"age\": 3}, {\"age\": 3}], \"nested\": {\"adults\": 2}}  \n"));
        assertEquals(Optional.empty(), problemOf("[1, 2, {\"a\": [], \"b\": {}}]"));
        assertEquals(Optional.empty(), problemOf("\"text\""));
    }

    @Test
    void whatFollowsTheValueIsRefused() {
        String followed = "The request body must be one JSON value, and something follows it.";
        assertEquals(followed, refusal("{\"adults\": 1} trailing garbage"));
        assertEquals(followed, refusal("{\"adults\": 1}{\"adults\": 60}"));
        assertEquals(followed, refusal("[1] 2"));
    }

    @Test
    void aMemberNamedTwiceInOneObjectIsRefused() {
        assertEquals("The request body names \"adults\" twice in one object: say it once.", refusal("{\"adults\": 60, \"adults\": 1}"));
        refusal("{\"capacity\": {\"guests\": 1, \"beds\": 1, \"guests\": 2}}");
        refusal("[{\"a\": 1}, {\"b\": 1, \"b\": 2}]");
    }

    @Test
    void whatIsNotJsonAtAllIsLeftToTheReaders() {
        assertEquals(Optional.empty(), problemOf("{bad"));
        assertEquals(Optional.empty(), problemOf(""));
        assertEquals(Optional.empty(), problemOf("{\"a\": }"));
        assertEquals(Optional.empty(), problemOf("[".repeat(5_000) + "]".repeat(5_000)), "deeper than the parser takes");
    }
}
