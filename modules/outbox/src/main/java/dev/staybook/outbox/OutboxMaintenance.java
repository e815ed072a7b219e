package dev.staybook.outbox;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The nightly clean-up of the outbox: events older than the event retention whose every delivery is done
 * (delivered or dismissed) go, with their deliveries. Pending and parked deliveries, and their events, stay.
 */
@ApplicationScoped
public class OutboxMaintenance implements MaintenanceTask {

    private static final String PURGE_SETTLED_EVENTS = ChunkedStatement.deleteWhere("outbox.events e",
            "e.occurred_at < ? AND NOT EXISTS (SELECT 1 FROM outbox.deliveries d"
                    + " WHERE d.event_id = e.id AND d.state IN ('PENDING', 'PARKED'))");

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        return new ChunkedStatement(dataSource::getConnection, retentions.chunkSize())
                .repeat(PURGE_SETTLED_EVENTS, retentions.before(retentions.processedEvents()));
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection, "ANALYZE outbox.events, outbox.deliveries");
        return 2;
    }
}
