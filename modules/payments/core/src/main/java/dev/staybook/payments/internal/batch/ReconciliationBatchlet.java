package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.application.Reconciliation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The run's last step: checks the ledger and the gateway's records. The job's exit status (what the
 * batch REST API and {@code batchManager --wait} report) says whether they agree: RECONCILED or DIFFERENCES.
 */
@Dependent
@Named("reconciliationBatchlet")
public class ReconciliationBatchlet extends AbstractBatchlet {

    @Inject
    Reconciliation reconciliation;
    @Inject
    JobContext job;

    @Override
    public String process() {
        PayoutRunParameters run = PayoutRunListener.of(job);
        String outcome = reconciliation.run(run.runKey(), run.cutoff()) == 0 ? "RECONCILED" : "DIFFERENCES";
        job.setExitStatus(outcome);
        return outcome;
    }
}
