package dev.staybook.it.maintenance;

import static dev.staybook.it.maintenance.HousekeepingRows.ago;
import static dev.staybook.it.maintenance.HousekeepingRows.count;
import static dev.staybook.it.maintenance.HousekeepingRows.daysAgo;
import static dev.staybook.it.maintenance.HousekeepingRows.exists;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.BatchJobs;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The nightly maintenance run, started through the batch REST API: in every module it removes what
 * outlived its retention (default settings), moves old booking history to the archive, keeps everything
 * younger or still needed, and refreshes every module's statistics.
 */
@SystemTest
class NightlyMaintenanceIT {

    static final List<String> MODULES = List.of("bookings", "identity", "listings", "messaging", "notifications", "outbox", "payments",
            "reviews");

    @Test
    void purgesAndArchivesWhatOutlivedItsRetentionAndKeepsTheRest() {
        String user = TestUser.register("Maintenance Sessions").id();
        Instant now = Instant.now();
        UUID expiredLongAgo = HousekeepingRows.refreshToken(user, daysAgo(60), daysAgo(30), null);
        UUID revokedLongAgo = HousekeepingRows.refreshToken(user, daysAgo(10), now.plus(Duration.ofDays(20)), daysAgo(9));
        UUID expiredYesterday = HousekeepingRows.refreshToken(user, daysAgo(31), daysAgo(1), null);
        UUID valid = HousekeepingRows.refreshToken(user, now, now.plus(Duration.ofDays(30)), null);

        UUID endedLongAgo = HousekeepingRows.finishedBooking(daysAgo(400));
        UUID endedRecently = HousekeepingRows.finishedBooking(daysAgo(2));
        String oldKey = HousekeepingRows.idempotencyKey(endedLongAgo, daysAgo(8));
        String freshKey = HousekeepingRows.idempotencyKey(endedRecently, ago(Duration.ofHours(1)));

        UUID oldDelivered = HousekeepingRows.event(daysAgo(20), "DELIVERED");
        UUID oldDismissed = HousekeepingRows.event(daysAgo(20), "DISMISSED");
        UUID freshDelivered = HousekeepingRows.event(daysAgo(1), "DELIVERED");
        UUID oldPending = HousekeepingRows.event(daysAgo(20), "PENDING");
        UUID oldParked = HousekeepingRows.event(daysAgo(20), "PARKED");
        String oldWebhook = HousekeepingRows.webhookEvent(daysAgo(20));
        String freshWebhook = HousekeepingRows.webhookEvent(daysAgo(1));

        UUID oldSent = HousekeepingRows.mail("SENT", daysAgo(100));
        UUID freshSent = HousekeepingRows.mail("SENT", daysAgo(10));
        UUID oldFailed = HousekeepingRows.mail("FAILED", daysAgo(100));

        long instance = BatchJobs.start("nightly-maintenance");
        BatchJobs.Execution run = BatchJobs.awaitExecutionEnded(instance, 1);
        assertEquals("COMPLETED", run.batchStatus(), "the run's status");

        assertAll("identity",
                () -> assertFalse(exists("identity.refresh_tokens", "id", expiredLongAgo), "expired a month ago"),
                () -> assertFalse(exists("identity.refresh_tokens", "id", revokedLongAgo), "revoked 9 days ago"),
                () -> assertTrue(exists("identity.refresh_tokens", "id", expiredYesterday), "expired yesterday: within the retention"),
                () -> assertTrue(exists("identity.refresh_tokens", "id", valid), "valid"));
        assertAll("bookings",
                () -> assertFalse(exists("bookings.booking_idempotency_keys", "idempotency_key", oldKey), "an 8-day-old key"),
                () -> assertTrue(exists("bookings.booking_idempotency_keys", "idempotency_key", freshKey), "an hour-old key"),
                () -> assertEquals(0, count("SELECT count(*) FROM bookings.booking_transitions WHERE booking_id = ?", endedLongAgo)),
                () -> assertEquals(2, count("SELECT count(*) FROM bookings.booking_transitions_archive WHERE booking_id = ?", endedLongAgo),
                        "the history of the booking that ended 400 days ago, archived"),
                () -> assertEquals(2, count("SELECT count(*) FROM bookings.booking_transitions WHERE booking_id = ?", endedRecently),
                        "the history of the booking that ended 2 days ago, in place"),
                () -> assertEquals(0, count("SELECT count(*) FROM bookings.booking_transitions_archive WHERE booking_id = ?", endedRecently)));
        assertAll("events and webhooks",
                () -> assertFalse(exists("outbox.events", "id", oldDelivered), "delivered 20 days ago"),
                () -> assertFalse(exists("outbox.deliveries", "event_id", oldDelivered), "its deliveries go with it"),
                () -> assertFalse(exists("outbox.events", "id", oldDismissed), "dismissed 20 days ago"),
                () -> assertTrue(exists("outbox.events", "id", freshDelivered), "delivered yesterday"),
                () -> assertTrue(exists("outbox.deliveries", "event_id", oldPending), "a pending delivery always stays"),
                () -> assertTrue(exists("outbox.deliveries", "event_id", oldParked), "a parked delivery waits for an administrator"),
                () -> assertFalse(exists("payments.webhook_events", "event_id", oldWebhook)),
                () -> assertTrue(exists("payments.webhook_events", "event_id", freshWebhook)));
        assertAll("notifications",
                () -> assertFalse(exists("notifications.mails", "id", oldSent), "sent 100 days ago"),
                () -> assertTrue(exists("notifications.mails", "id", freshSent), "sent 10 days ago"),
                () -> assertTrue(exists("notifications.mails", "id", oldFailed), "failed mails stay for the administrators"));

        JsonPath steps = BatchJobs.steps(run.id());
        assertThat(BatchJobs.stepNames(steps), containsInAnyOrder("clean-up", "refresh-statistics"));
        for (String step : List.of("clean-up", "refresh-statistics")) {
            List<String> exits = steps.getList("find { it.stepName == '%s' }.partitions.exitStatus".formatted(step), String.class);
            assertThat(step + ": one partition per module, named in its exit status", exits.stream().map(e -> e.split(":")[0]).toList(),
                    containsInAnyOrder(MODULES.toArray()));
            assertThat(steps.getList("find { it.stepName == '%s' }.partitions.batchStatus".formatted(step), String.class),
                    everyItem(equalTo("COMPLETED")));
        }
    }

    @Test
    void runningAgainChangesNothingMore() {
        UUID endedLongAgo = HousekeepingRows.finishedBooking(daysAgo(500));
        long first = BatchJobs.start("nightly-maintenance");
        assertEquals("COMPLETED", BatchJobs.awaitExecutionEnded(first, 1).batchStatus());
        long archived = count("SELECT count(*) FROM bookings.booking_transitions_archive WHERE booking_id = ?", endedLongAgo);

        long second = BatchJobs.start("nightly-maintenance");
        assertEquals("COMPLETED", BatchJobs.awaitExecutionEnded(second, 1).batchStatus());
        assertEquals(2, archived, "archived by the first run");
        assertEquals(archived, count("SELECT count(*) FROM bookings.booking_transitions_archive WHERE booking_id = ?", endedLongAgo),
                "the second run archives nothing twice");
    }
}
