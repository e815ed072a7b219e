package dev.staybook.notifications.internal.persistence;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Notifications' nightly clean-up: mails sent longer ago than the mail retention. Pending mails and
 * failed ones (which administrators look into) stay. Found through mails_status_created_idx: a mail is
 * created before it is sent.
 */
@ApplicationScoped
public class NotificationMaintenance implements MaintenanceTask {

    private static final String PURGE_SENT_MAILS = ChunkedStatement.deleteWhere("notifications.mails",
            "status = 'SENT' AND created_at < ? AND sent_at < ?");

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        var cutoff = retentions.before(retentions.sentMails());
        return new ChunkedStatement(dataSource::getConnection, retentions.chunkSize()).repeat(PURGE_SENT_MAILS, cutoff, cutoff);
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection, "ANALYZE notifications.mails, notifications.bookings");
        return 2;
    }
}
