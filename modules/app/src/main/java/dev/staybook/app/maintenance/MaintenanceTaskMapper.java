package dev.staybook.app.maintenance;

import dev.staybook.kernel.maintenance.MaintenanceTask;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * One partition per module's maintenance task, in name order, one at a time (they share the database
 * with the traffic). The plan is the same on a restart, so the batch runtime re-runs exactly the
 * partitions that did not complete and skips those that did.
 */
@Dependent
@Named("maintenanceTaskMapper")
public class MaintenanceTaskMapper implements PartitionMapper {

    static final String TASK = "task";

    @Inject
    Instance<MaintenanceTask> tasks;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> names = tasks.stream().map(MaintenanceTask::name).sorted(Comparator.naturalOrder()).toList();
        Properties[] partitions = names.stream().map(MaintenanceTaskMapper::partition).toArray(Properties[]::new);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions.length);
        plan.setThreads(1);
        plan.setPartitionProperties(partitions);
        return plan;
    }

    private static Properties partition(String task) {
        Properties properties = new Properties();
        properties.setProperty(TASK, task);
        return properties;
    }
}
