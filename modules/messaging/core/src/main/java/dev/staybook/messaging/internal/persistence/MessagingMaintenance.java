package dev.staybook.messaging.internal.persistence;

import dev.staybook.kernel.maintenance.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import dev.staybook.outbox.ProcessedEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Messaging's nightly clean-up: delivered outbox entries. Conversations and messages are the users' and stay. */
@ApplicationScoped
public class MessagingMaintenance implements MaintenanceTask {

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "messaging";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        return new ChunkedStatement(dataSource::getConnection, retentions.chunkSize())
                .repeat(ProcessedEvents.purgeOutbox("messaging"), retentions.before(retentions.processedEvents()));
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection,
                "ANALYZE messaging.conversations, messaging.messages, messaging.booking_parties, messaging.outbox");
        return 4;
    }
}
