package dev.staybook.outbox;

/** The failure tests ask for through {@code outbox.injected_faults} (with STAYBOOK_EVENTS_FAULT_INJECTION=true). */
final class InjectedFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InjectedFault(String subscriber) {
        super("fault injected for subscriber " + subscriber, null, false, false);
    }
}
