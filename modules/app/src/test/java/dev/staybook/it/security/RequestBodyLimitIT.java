package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint reads at most 1 MiB of body (OWASP API4): a larger declared length is refused before a byte is
 * read, a chunked body (no declared length) where it passes the limit; either way 413, and nothing is stored.
 */
@SystemTest
class RequestBodyLimitIT {

    private static final int TWO_MIB = 2 * 1024 * 1024;

    private static String jsonOf(int bytes) {
        return "{\"padding\": \"" + "x".repeat(bytes) + "\"}";
    }

    /** A body without Content-Length: sent chunked, as a client that streams would. */
    private static InputStream chunked(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedAtOnce() {
        String body = jsonOf(TWO_MIB);
        assertProblem(Api.anonymous().body(body).post("/auth/register"), 413, "body-too-large");
        Duration fastest = Timing.fastest(() -> Api.anonymous().body(body).post("/auth/register").then().statusCode(413));
        assertThat("refused before the body is read", fastest, lessThan(Duration.ofMillis(500)));
    }

    @Test
    void aChunkedBodyIsCutOffWhereItPassesTheLimitAndStoresNothing() {
        TestUser host = TestUser.register("Chunked Host").asHost();
        String listing = ListingFixtures.listing(ListingFixtures.uniqueCity("Chunked"), 48.85, 2.35)
                .add("description", "d".repeat(TWO_MIB)).build().toString();
        assertProblem(Api.as(host.accessToken()).body(chunked(listing)).post("/listings"), 413, "body-too-large");
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM listings.listings WHERE host_id = ?::uuid", UUID.fromString(host.id())));
    }

    @Test
    void theWebhookNeverReadsMoreThanTheLimitBeforeCheckingTheSignature() {
        long before = StayFixtures.count("SELECT count(*) FROM payments.webhook_events");
        assertProblem(Api.anonymous().header("Stripe-Signature", "t=1,v1=forged").body(chunked(jsonOf(TWO_MIB)))
                .post("/payments/webhooks/stripe"), 413, "body-too-large");
        assertProblem(Api.anonymous().header("Stripe-Signature", "t=1,v1=forged").body(jsonOf(TWO_MIB))
                .post("/payments/webhooks/stripe"), 413, "body-too-large");
        assertEquals(before, StayFixtures.count("SELECT count(*) FROM payments.webhook_events"));
    }

    @Test
    void aCalendarImportPastTheLimitIsRefused() {
        TestUser host = TestUser.register("Big Calendar Host").asHost();
        String listing = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Big calendar"), 48.85, 2.35));
        String calendar = "BEGIN:VCALENDAR\r\nX-PADDING:" + "x".repeat(TWO_MIB) + "\r\nEND:VCALENDAR\r\n";
        assertProblem(Api.as(host.accessToken()).contentType("text/calendar").body(chunked(calendar))
                .post("/listings/" + listing + "/calendar/import"), 413, "body-too-large");
    }
}
