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
    protected boolean on() {
        return port.isPresent();
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
