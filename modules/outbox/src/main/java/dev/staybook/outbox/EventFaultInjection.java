package dev.staybook.outbox;

import dev.staybook.kernel.deployment.TestAid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code outbox.injected_faults} honoured: whoever can write that table stops a subscriber's deliveries. */
@ApplicationScoped
public class EventFaultInjection extends TestAid {

    @Inject
    DeliverySettings settings;

    @Override
    public boolean on() {
        return settings.faultInjection();
    }

    @Override
    protected String does() {
        return "fails every delivery to the subscribers listed in outbox.injected_faults";
    }

    @Override
    protected String variable() {
        return "STAYBOOK_EVENTS_FAULT_INJECTION";
    }
}
