package dev.staybook.payments.internal.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Resolves the run's parameters once per execution, before the first step: a run started with only
 * {@code runDate} (the README's cron entry) gets the cutoff derived from it, and every step of the
 * execution sees the same run date and cutoff even if the run crosses midnight.
 */
@Dependent
@Named("payoutRunListener")
public class PayoutRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PayoutRunListener.class.getName());
    static final int MAX_CHUNK_SIZE = 10_000;
    /** Each partition runs on a thread of its own and holds a database connection. */
    static final int MAX_PARTITIONS = 16;

    @Inject
    JobContext job;
    @Inject
    Clock clock;
    @Inject
    @BatchProperty(name = "cutoff")
    String cutoff;

    @Inject
    @BatchProperty(name = "chunkSize")
    String chunkSize;
    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    /**
     * A run with a parameter that is not what the job takes fails before its first step, with an exit status saying
     * which and why (the scheduler sees it in the batch API), instead of a stack trace in the job log.
     */
    @Override
    public void beforeJob() {
        PayoutRunParameters parameters;
        try {
            Properties given = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
            PayoutRunParameters.requireKnown(given.stringPropertyNames());
            // as given: through a job XML substitution, a run date left out (today's) and an empty one would look alike
            parameters = PayoutRunParameters.from(given.getProperty("runDate"), cutoff, clock.instant());
            PayoutRunParameters.requireCount("chunkSize", chunkSize, MAX_CHUNK_SIZE);
            PayoutRunParameters.requireCount("partitions", partitions, MAX_PARTITIONS);
        } catch (IllegalArgumentException invalid) {
            job.setExitStatus("INVALID_PARAMETERS: " + invalid.getMessage());
            throw invalid;
        }
        job.setTransientUserData(parameters);
        LOG.info(() -> "Payout run %s (execution %d) pays stays completed before %s"
                .formatted(parameters.runKey(), job.getExecutionId(), parameters.cutoff()));
    }

    /** The parameters {@link #beforeJob()} resolved for the current execution. */
    static PayoutRunParameters of(JobContext job) {
        return (PayoutRunParameters) job.getTransientUserData();
    }
}
