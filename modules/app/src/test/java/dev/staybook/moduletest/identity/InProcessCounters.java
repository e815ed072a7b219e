package dev.staybook.moduletest.identity;

import dev.staybook.cache.InProcessRateCounter;
import dev.staybook.cache.RateCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Rate counters kept in the deployment, in place of the cache library's configuration, which would connect this
 * micro-deployment to Redis: the sign-in throttle counts as it does on a single instance.
 */
@ApplicationScoped
public class InProcessCounters {

    @Produces
    @ApplicationScoped
    RateCounters counters() {
        return (name, window, limit) -> new InProcessRateCounter(window, limit);
    }
}
