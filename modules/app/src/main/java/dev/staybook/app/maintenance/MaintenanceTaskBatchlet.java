package dev.staybook.app.maintenance;

import dev.staybook.kernel.maintenance.MaintenanceTask;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Runs one module's task in one partition: its clean-up in the {@code clean-up} step, its statistics in
 * the {@code refresh-statistics} step. The exit status names the task and what it did, so the batch
 * REST API shows which task ran in which execution.
 */
@Dependent
@Named("maintenanceTaskBatchlet")
public class MaintenanceTaskBatchlet extends AbstractBatchlet {

    static final String CLEAN_UP = "clean-up";
    private static final Logger LOG = Logger.getLogger(MaintenanceTaskBatchlet.class.getName());

    @Inject
    Instance<MaintenanceTask> tasks;
    @Inject
    MaintenanceSettings settings;
    @Inject
    @BatchProperty(name = "task")
    String taskName;
    @Inject
    @BatchProperty(name = "phase")
    String phase;

    @Override
    public String process() {
        MaintenanceTask task = tasks.stream().filter(t -> t.name().equals(taskName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no maintenance task named " + taskName));
        String outcome = CLEAN_UP.equals(phase)
                ? task.cleanUp(settings.retentions()) + " rows"
                : task.refreshStatistics() + " tables";
        LOG.info(() -> "Maintenance %s of %s: %s".formatted(phase, taskName, outcome));
        return taskName + ": " + outcome;
    }
}
