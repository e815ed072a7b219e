package dev.staybook.notifications.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.identity.api.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A mail's way through its attempts: claimed with a lease, sent, retried with backoff, or failed for good. */
class MailTest {

    private static final Instant NOW = Instant.parse("2027-01-01T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String TOKEN = "one-time-token-0123456789";
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 3);

    private static Mail mail() {
        return Mail.compose(UUID.fromString("0190a0b0-0000-7000-8000-000000000001"), "event:user",
                new Recipient("ada@example.com", "Ada"), MailTexts.welcome(), NOW);
    }

    private static Mail passwordReset() {
        return Mail.compose(UUID.fromString("0190a0b0-0000-7000-8000-000000000003"), "event:user",
                new Recipient("ada@example.com", "Ada"), MailTexts.passwordReset("Ada", TOKEN, NOW.plus(Duration.ofHours(1))), NOW);
    }

    @Test
    void aMailRemembersTheAccountItIsFor() {
        UserId ada = new UserId(UUID.fromString("0190a0b0-0000-7000-8000-0000000000ad"));

        Mail mail = Mail.compose(UUID.fromString("0190a0b0-0000-7000-8000-000000000002"), "event:user",
                Recipient.addressOf(ada, "ada@example.com"), MailTexts.welcome(), NOW);

        assertEquals(new Recipient("ada@example.com", "", ada), mail.recipient());
        assertNull(mail().recipient().user(), "an address without an account");
    }

    @Test
    void aNewMailIsDueAtOnce() {
        Mail mail = mail();

        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(NOW, mail.nextAttemptAt());
        assertEquals(0, mail.attempts());
        assertEquals(MailKind.WELCOME, mail.kind());
    }

    @Test
    void aClaimIsAnAttemptThatKeepsOtherWorkersAwayForTheLease() {
        Mail mail = mail();

        mail.claim(NOW, LEASE);

        assertEquals(1, mail.attempts());
        assertEquals(NOW.plus(LEASE), mail.nextAttemptAt());
    }

    @Test
    void aSentMailIsDone() {
        Mail mail = mail();
        mail.claim(NOW, LEASE);

        mail.sent(NOW.plusSeconds(1));

        assertEquals(MailStatus.SENT, mail.status());
        assertEquals(NOW.plusSeconds(1), mail.sentAt());
        assertThrows(IllegalStateException.class, () -> mail.claim(NOW, LEASE));
    }

    @Test
    void aFailedAttemptIsRetriedLaterWithGrowingPauses() {
        Mail mail = mail();
        mail.claim(NOW, LEASE);
        mail.failed("connection refused", NOW, policy);

        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), mail.nextAttemptAt());
        assertEquals("connection refused", mail.lastError());

        mail.claim(NOW, LEASE);
        mail.failed("connection refused", NOW, policy);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.nextAttemptAt());
    }

    @Test
    void afterTheLastAttemptTheMailFailsForGoodAndKeepsItsError() {
        Mail mail = mail();
        for (int attempt = 1; attempt <= 3; attempt++) {
            mail.claim(NOW, LEASE);
            mail.failed("550 mailbox unavailable", NOW, policy);
        }

        assertEquals(MailStatus.FAILED, mail.status());
        assertEquals(3, mail.attempts());
        assertEquals("550 mailbox unavailable", mail.lastError());
        assertNull(mail.sentAt());
        assertThrows(IllegalStateException.class, () -> mail.claim(NOW, LEASE));
    }

    @Test
    void aOneTimeLinkIsErasedOnceTheMailIsSentButKeptForItsRetries() {
        Mail sent = passwordReset();
        sent.claim(NOW, LEASE);
        sent.failed("connection refused", NOW, policy);
        assertTrue(sent.body().contains(TOKEN), "a retry sends the link");

        sent.claim(NOW, LEASE);
        sent.sent(NOW.plusSeconds(1));

        assertEquals(Mail.ERASED_BODY, sent.body());
        assertEquals("Reset your Staybook password", sent.subject(), "the rest stays");
    }

    @Test
    void aOneTimeLinkIsErasedWhenTheMailIsGivenUp() {
        Mail givenUp = passwordReset();
        for (int attempt = 1; attempt <= 3; attempt++) {
            givenUp.claim(NOW, LEASE);
            givenUp.failed("550 mailbox unavailable", NOW, policy);
        }

        assertEquals(MailStatus.FAILED, givenUp.status());
        assertEquals(Mail.ERASED_BODY, givenUp.body());
    }

    @Test
    void otherMailsKeepTheirBodiesOnceSent() {
        Mail welcome = mail();
        String body = welcome.body();
        welcome.claim(NOW, LEASE);

        welcome.sent(NOW.plusSeconds(1));

        assertEquals(body, welcome.body());
    }

    @Test
    void longErrorsAreCut() {
        Mail mail = mail();
        mail.claim(NOW, LEASE);
        mail.failed("x".repeat(5000), NOW, policy);

        assertEquals(2000, mail.lastError().length());
    }

    @Test
    void theMessageIdIsTheSameOnEveryAttempt() {
        Mail mail = mail();
        String first = mail.messageId("staybook.dev");
        mail.claim(NOW, LEASE);
        mail.failed("timeout", NOW, policy);

        assertEquals("<mail-0190a0b0-0000-7000-8000-000000000001@staybook.dev>", first);
        assertEquals(first, mail.messageId("staybook.dev"));
    }
}
