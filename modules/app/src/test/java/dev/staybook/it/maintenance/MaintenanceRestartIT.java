package dev.staybook.it.maintenance;

import static dev.staybook.it.maintenance.HousekeepingRows.daysAgo;
import static dev.staybook.it.maintenance.HousekeepingRows.exists;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.BatchJobs;
import dev.staybook.it.support.ServerReadiness;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One module's clean-up fails (a trigger the test installs makes every delete of mails fail): the run
 * ends FAILED with the modules before it done. Restarted once the trigger is gone, it runs only the
 * failed module's clean-up, not those that had completed, and ends COMPLETED.
 *
 * <p>Not a {@code @SystemTest}: the server rightly logs the failed partition as an error.
 */
@ExtendWith(ServerReadiness.class)
class MaintenanceRestartIT {

    private static final String FAILING_TRIGGER = """
            CREATE OR REPLACE FUNCTION notifications.maintenance_test_refuses_deletes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'mails may not be deleted now (maintenance restart test)'; END $$;
            CREATE TRIGGER maintenance_test_refuses_deletes BEFORE DELETE ON notifications.mails
                FOR EACH STATEMENT EXECUTE FUNCTION notifications.maintenance_test_refuses_deletes();""";

    @AfterEach
    void dropTrigger() {
        HousekeepingRows.execute("DROP TRIGGER IF EXISTS maintenance_test_refuses_deletes ON notifications.mails;"
                + " DROP FUNCTION IF EXISTS notifications.maintenance_test_refuses_deletes()");
    }

    @Test
    void aRestartRunsOnlyTheModulesThatDidNotComplete() {
        String user = TestUser.register("Maintenance Restart").id();
        UUID oldToken = HousekeepingRows.refreshToken(user, daysAgo(60), daysAgo(30), null);
        UUID oldMail = HousekeepingRows.mail("SENT", daysAgo(100));
        HousekeepingRows.execute(FAILING_TRIGGER);

        long instance = BatchJobs.start("nightly-maintenance");
        BatchJobs.Execution failed = BatchJobs.awaitExecutionEnded(instance, 1);
        assertEquals("FAILED", failed.batchStatus(), "the run with a failing module");
        assertFalse(exists("identity.refresh_tokens", "id", oldToken), "identity, before notifications, was cleaned up");
        assertTrue(exists("notifications.mails", "id", oldMail), "notifications failed");
        JsonPath failedSteps = BatchJobs.steps(failed.id());
        assertThat("the run stopped after the failed step", BatchJobs.stepNames(failedSteps), contains("clean-up"));
        assertThat(failedSteps.getList("find { it.stepName == 'clean-up' }.partitions.findAll { it.batchStatus == 'FAILED' }.exitStatus",
                String.class), contains(startsWith("FAILED")));
        assertThat(completedTasks(failedSteps, "clean-up"), hasItem("identity"));

        dropTrigger();
        UUID expiredSinceTheFailure = HousekeepingRows.refreshToken(user, daysAgo(60), daysAgo(30), null);
        BatchJobs.restart(instance);
        BatchJobs.Execution restarted = BatchJobs.awaitExecutionEnded(instance, 2);

        assertEquals("COMPLETED", restarted.batchStatus(), "the restarted run");
        assertFalse(exists("notifications.mails", "id", oldMail), "notifications was cleaned up on restart");
        assertTrue(exists("identity.refresh_tokens", "id", expiredSinceTheFailure),
                "identity's clean-up completed before the failure and did not run again");
        JsonPath restartedSteps = BatchJobs.steps(restarted.id());
        assertThat("the restart's clean-up ran the failed module only", completedTasks(restartedSteps, "clean-up"), contains("notifications"));
        assertThat("every module's statistics, refreshed after the restart", completedTasks(restartedSteps, "refresh-statistics"),
                containsInAnyOrder(NightlyMaintenanceIT.MODULES.toArray()));
    }

    /** The modules whose partitions of the step completed in this execution (exit status "module: ..."). */
    private static List<String> completedTasks(JsonPath steps, String step) {
        return steps.getList("find { it.stepName == '%s' }.partitions.findAll { it.batchStatus == 'COMPLETED' }.exitStatus"
                .formatted(step), String.class).stream().map(exit -> exit.split(":")[0]).toList();
    }
}
