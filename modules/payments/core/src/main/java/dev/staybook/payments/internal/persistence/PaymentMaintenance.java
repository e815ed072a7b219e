package dev.staybook.payments.internal.persistence;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Payments' nightly clean-up: received webhook events older than the event retention (gateways stop
 * redelivering webhooks after a few days, and a replay older than the signature tolerance is refused
 * anyway). The ledger and payment records stay.
 */
@ApplicationScoped
public class PaymentMaintenance implements MaintenanceTask {

    private static final String PURGE_WEBHOOK_EVENTS = ChunkedStatement.deleteWhere("payments.webhook_events", "received_at < ?");

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        var chunks = new ChunkedStatement(dataSource::getConnection, retentions.chunkSize());
        return chunks.repeat(PURGE_WEBHOOK_EVENTS, retentions.before(retentions.processedEvents()));
    }

    @Override
    public long refreshStatistics() {
        // owed_shares changes most of all: every completed stay adds a row and every payout run deletes most of them
        ChunkedStatement.execute(dataSource::getConnection, "ANALYZE payments.payments, payments.payment_operations,"
                + " payments.ledger_transactions, payments.ledger_entries, payments.payouts, payments.owed_shares, payments.payout_items");
        return 7;
    }
}
