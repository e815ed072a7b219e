package dev.staybook.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has memory to work with: while its old generation, right after its last collection, is not
 * full. The heap's current use says nothing of that: with the bounded heap of config/jvm.options it nears the bound
 * before every collection, garbage included, and a check on it would have the instance restarted for no reason.
 * Deliberately ignores the database: a database outage should take the instance out of the load balancer
 * (readiness), not get it restarted.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    private static final double MAX_RETAINED = 0.95;
    private static final long MIB = 1024 * 1024;
    /**
     * The heap pool of long-lived objects: the one with the largest bound (the serial collector's "Tenured Gen", G1's
     * "G1 Old Gen", OpenJ9's "tenured-SOA"); young pools are smaller or unbounded.
     */
    private static final MemoryPoolMXBean OLD_GENERATION = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
            .max(Comparator.comparingLong(pool -> pool.getUsage().getMax()))
            .orElseThrow();

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        MemoryUsage retained = OLD_GENERATION.getCollectionUsage();
        return HealthCheckResponse.named("heap")
                .withData("usedMiB", (runtime.totalMemory() - runtime.freeMemory()) / MIB)
                .withData("maxMiB", runtime.maxMemory() / MIB)
                .withData("retainedMiB", retained.getUsed() / MIB)
                .status(hasRoom(retained))
                .build();
    }

    /** Whether a pool, as its last collection left it, has room: under 95 % of its bound (of its size if unbounded). */
    static boolean hasRoom(MemoryUsage afterCollection) {
        long bound = afterCollection.getMax() > 0 ? afterCollection.getMax() : afterCollection.getCommitted();
        return afterCollection.getUsed() < MAX_RETAINED * bound;
    }
}
