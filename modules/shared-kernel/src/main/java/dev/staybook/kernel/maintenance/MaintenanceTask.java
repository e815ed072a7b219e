package dev.staybook.kernel.maintenance;

/**
 * One module's share of the nightly maintenance run. Each core provides one as a CDI bean; the run
 * discovers them all and runs each as its own partition, so a failed module is retried on restart
 * while the modules that finished are not run again. Both methods only touch the module's own schema,
 * work in bounded chunks (each its own short transaction, so no lock is held for long) and are
 * idempotent: running them twice leaves the same state as running them once.
 */
public interface MaintenanceTask {

    /** The module's name (for example {@code identity}); names the task in the run's partitions. */
    String name();

    /** Purges and archives what outlived its retention; returns how many rows it removed or moved. */
    long cleanUp(Retentions retentions);

    /**
     * Brings the planner's statistics and any derived read models up to date (ANALYZE, refreshed views);
     * returns how many tables or views it refreshed.
     */
    long refreshStatistics();
}
