package dev.staybook.app.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonValueCountTest {

    private static boolean exceeds(String body, int most) {
        return JsonValueCount.exceeds(body.getBytes(StandardCharsets.UTF_8), most);
    }

    @Test
    void countsEveryValueArraysAndObjectsIncludedButNotTheirKeys() {
        String body = "{\"query\": \"{ a }\", \"variables\": {\"ids\": [1, 2, 3], \"where\": {\"city\": \"Lyon\"}}}";
        // the envelope, the query, the variables, the array and its three numbers, the object and its string
        assertFalse(exceeds(body, 9));
        assertTrue(exceeds(body, 8));
    }

    @Test
    void stopsAtTheLimitWhateverFollowsAndLeavesWhatIsNotJsonToTheCaller() {
        assertTrue(exceeds("{\"variables\": {\"x\": [" + "0,".repeat(200_000) + "0]}}", 5_000));
        assertTrue(exceeds("[" + "0,".repeat(6_000) + "this is not JSON", 5_000), "counted before the broken part");
        assertFalse(exceeds("{\"query\": ", 5_000));
        assertFalse(exceeds("[".repeat(100_000), 5_000), "too deep for the parser: the caller answers it");
    }
}
