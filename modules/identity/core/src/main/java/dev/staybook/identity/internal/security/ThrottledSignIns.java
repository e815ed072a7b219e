package dev.staybook.identity.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sign-in attempts the {@link LoginThrottle} refused, by limit, on {@code /metrics} as
 * {@code staybook_login_throttled_total{limit}}. Every limit's series is there from the start, at 0: one that appeared
 * only at the first refusal would escape {@code rate()} and fire absent-series alerts on a healthy fresh instance.
 */
@ApplicationScoped
public class ThrottledSignIns {

    private static final Metadata THROTTLED = Metadata.builder().withName("staybook.login.throttled")
            .withDescription("Sign-in attempts refused with 429, by the limit that refused them").build();

    /** The throttle's limits, by the label they have on the counter. */
    enum Limit {
        ADDRESS("address"), ACCOUNT("account"), UNKNOWN_ADDRESSES("unknown-addresses");

        private final String label;

        Limit(String label) {
            this.label = label;
        }
    }

    @Inject
    MetricRegistry metrics;

    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Limit limit : Limit.values()) {
            counter(limit);
        }
    }

    void refused(Limit limit) {
        counter(limit).inc();
    }

    private Counter counter(Limit limit) {
        return metrics.counter(THROTTLED, new Tag("limit", limit.label));
    }
}
