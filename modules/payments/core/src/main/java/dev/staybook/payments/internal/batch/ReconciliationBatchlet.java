package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.application.Reconciliation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** The run's last step: checks the ledger and the gateway's records; the exit status says whether they agree. */
@Named("reconciliationBatchlet")
public class ReconciliationBatchlet extends AbstractBatchlet {

    @Inject
    Reconciliation reconciliation;
    @Inject
    @BatchProperty(name = "runDate")
    String runKey;
    @Inject
    @BatchProperty(name = "cutoff")
    String cutoff;

    @Override
    public String process() {
        int differences = reconciliation.run(runKey, Instant.parse(cutoff));
        return differences == 0 ? "RECONCILED" : "DIFFERENCES";
    }
}
