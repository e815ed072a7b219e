package dev.staybook.it.events;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.ServerReadiness;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.TestUser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A one-time token travels from identity to the mail through the outbox, and leaves the database once it is mailed:
 * the stored event loses it when no delivery of it waits any more, the stored mail's body when the mail is sent. A
 * delivery still waiting keeps it for its retry; a dismissed one cannot be retried, as it would go without it.
 *
 * <p>Not a {@code @SystemTest}: the failing subscriber's attempts are rightly logged.
 */
@ExtendWith(ServerReadiness.class)
class EventSecretsIT {

    private static final String ACCOUNT_MAILS = "notifications.account-mails";
    private static final String RESET_MAIL = "Reset your Staybook password";
    private static final Pattern TOKEN = Pattern.compile("(?m)^\\s*([A-Za-z0-9_-]{43})\\s*$");

    @AfterEach
    void heal() {
        EventRows.healed(ACCOUNT_MAILS);
    }

    @Test
    void aMailedResetTokenIsErasedFromTheEventAndTheMailAndStillWorks() {
        TestUser user = TestUser.register("Secret Keeper");
        Mailbox.awaitMail(user.email(), "Welcome to Staybook");
        requestReset(user);
        Matcher mailed = TOKEN.matcher(Mailbox.awaitMail(user.email(), RESET_MAIL).body());
        assertTrue(mailed.find(), "the mail carries the token");
        String token = mailed.group(1);

        Eventually.until("the reset event's secrets erased", () -> StayFixtures.exists("SELECT 1 FROM outbox.events"
                + " WHERE aggregate_id = ?::uuid AND event_type = 'PasswordResetRequested' AND secrets_erased_at IS NOT NULL", user.id()));
        String event = resetEventPayload(user);
        assertFalse(event.contains(token), "the stored event no longer holds the token: " + event);
        assertTrue(event.contains(user.id()), "the rest of the event stays: " + event);
        Eventually.until("the reset mail recorded as sent", () -> StayFixtures.exists("SELECT 1 FROM notifications.mails"
                + " WHERE recipient_user_id = ?::uuid AND kind = 'PASSWORD_RESET' AND status = 'SENT'", user.id()));
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM notifications.mails WHERE body LIKE ?", "%" + token + "%"),
                "no stored mail holds the token");
        assertEquals(1, StayFixtures.count("SELECT count(*) FROM notifications.mails WHERE recipient_user_id = ?::uuid"
                + " AND kind = 'WELCOME' AND body LIKE 'Hello%'", user.id()), "mails without a one-time link keep their bodies");

        Api.anonymous().body(Json.of("token", token, "newPassword", "a freshly chosen passphrase")).post("/auth/password/reset")
                .then().statusCode(204);
    }

    @Test
    void aDeliveryStillWaitingKeepsTheTokenAndOnceDismissedAndErasedCannotBeRetried() {
        TestUser admin = TestUser.administrator();
        TestUser user = TestUser.register("Secret Dismissed");
        Mailbox.awaitMail(user.email(), "Welcome to Staybook");
        EventRows.failing(ACCOUNT_MAILS);
        requestReset(user);
        String delivery = StayFixtures.text("SELECT d.id::text FROM outbox.deliveries d JOIN outbox.events e ON e.id = d.event_id"
                + " WHERE e.aggregate_id = ?::uuid AND e.event_type = 'PasswordResetRequested'", user.id());
        Eventually.until("a failed attempt", () -> StayFixtures.exists("SELECT 1 FROM outbox.deliveries WHERE id = ?::bigint"
                + " AND attempts > 0", delivery));

        assertTrue(resetEventPayload(user).contains("\"resetToken\":\""), "a retry needs the token, so it stays while the delivery waits");

        Api.as(admin.accessToken()).post("/admin/events/" + delivery + "/dismiss").then().statusCode(200).body("state", equalTo("dismissed"));
        Eventually.until("the dismissed event's secrets erased", () -> !resetEventPayload(user).contains("resetToken"));
        EventRows.healed(ACCOUNT_MAILS);

        assertProblem(Api.as(admin.accessToken()).post("/admin/events/" + delivery + "/retry"), 409, "delivery-settled")
                .body("detail", containsString("secrets or personal data"));
        assertEquals(0, Mailbox.count(user.email(), RESET_MAIL), "nothing was mailed");
    }

    private static void requestReset(TestUser user) {
        Api.from(Api.randomClientAddress()).body(Json.of("email", user.email())).post("/auth/password/reset-request").then().statusCode(202);
    }

    private static String resetEventPayload(TestUser user) {
        return StayFixtures.text("SELECT payload FROM outbox.events WHERE aggregate_id = ?::uuid AND event_type = 'PasswordResetRequested'",
                user.id());
    }
}
