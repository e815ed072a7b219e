package dev.staybook.messaging.internal.persistence;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Messaging's nightly maintenance: nothing expires (conversations and messages are the users'); statistics only. */
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
        return 0;
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection,
                "ANALYZE messaging.conversations, messaging.messages, messaging.booking_parties");
        return 3;
    }
}
