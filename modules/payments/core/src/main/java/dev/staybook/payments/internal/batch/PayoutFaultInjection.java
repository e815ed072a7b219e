package dev.staybook.payments.internal.batch;

import dev.staybook.kernel.deployment.TestAid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A payout run's {@code failInChunk} parameter honoured: whoever starts a run can make it fail after paying. */
@ApplicationScoped
public class PayoutFaultInjection extends TestAid {

    @Inject
    @ConfigProperty(name = "staybook.batch.fault-injection", defaultValue = "false")
    boolean on;

    @Override
    public boolean on() {
        return on;
    }

    @Override
    protected String does() {
        return "lets a payout run's failInChunk parameter fail its chunks after their transfers";
    }

    @Override
    protected String variable() {
        return "STAYBOOK_BATCH_FAULT_INJECTION";
    }
}
