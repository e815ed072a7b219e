package dev.staybook.listings.internal.fetch;

import dev.staybook.kernel.deployment.TestAid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Calendar sync let through to loopback on one port: any host could make the server call a service on its machine. */
@ApplicationScoped
public class CalendarLoopbackPort extends TestAid {

    @Inject
    @ConfigProperty(name = "staybook.listings.calendar-sync.loopback-port")
    Optional<Integer> port;

    @Override
    public boolean on() {
        return port.isPresent();
    }

    /** Whether a loopback address may be fetched on this port (the system tests' calendar stub's). */
    boolean allows(int port) {
        return this.port.isPresent() && this.port.get() == port;
    }

    @Override
    protected String does() {
        return "lets calendar subscriptions fetch from this machine's port " + port.map(String::valueOf).orElse("");
    }

    @Override
    protected String variable() {
        return "STAYBOOK_LISTINGS_CALENDAR_SYNC_LOOPBACK_PORT";
    }
}
