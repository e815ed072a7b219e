package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.domain.HostRange;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Splits the payout step into ranges of host slots ({@link HostRange}: hashes of the host ids) paid side by side, each on its own thread, connection and
 * chunk transactions: marking a chunk's payments is PostgreSQL work on one backend, and one backend alone
 * could not pay a million stays within the run's minute. The job parameter {@code partitions} (default
 * {@code staybook.payouts.partitions}) sets how many. A restarted run keeps the first execution's partitions
 * (the plan does not override them) and reruns only the ones that did not complete, each from its checkpoint.
 */
@Dependent
@Named("hostRangePartitions")
public class HostRangePartitions implements PartitionMapper {

    @Inject
    JobContext job;
    @Inject
    @BatchProperty(name = "partitions")
    String requested;
    @Inject
    @ConfigProperty(name = "staybook.payouts.partitions", defaultValue = "2")
    int configured;

    @Override
    public PartitionPlan mapPartitions() {
        PayoutRunParameters run = PayoutRunListener.of(job);
        List<HostRange> ranges = HostRange.split(requested == null || requested.isBlank() ? configured : Integer.parseInt(requested));
        Properties[] properties = new Properties[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            properties[i] = run.asJobParameters();
            properties[i].setProperty("firstSlot", Integer.toString(ranges.get(i).first()));
            properties[i].setProperty("lastSlot", Integer.toString(ranges.get(i).last()));
        }
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        plan.setPartitionProperties(properties);
        return plan;
    }
}
