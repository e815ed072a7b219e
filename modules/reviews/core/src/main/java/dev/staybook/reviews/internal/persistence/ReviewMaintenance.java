package dev.staybook.reviews.internal.persistence;

import dev.staybook.kernel.maintenance.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import dev.staybook.outbox.ProcessedEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Reviews' nightly clean-up: delivered outbox entries and handled inbox records. The rating aggregates
 * are running sums changed in the transaction that publishes each review, so there is nothing to
 * recompute: only the planner's statistics are refreshed.
 */
@ApplicationScoped
public class ReviewMaintenance implements MaintenanceTask {

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "reviews";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        var chunks = new ChunkedStatement(dataSource::getConnection, retentions.chunkSize());
        var cutoff = retentions.before(retentions.processedEvents());
        return chunks.repeat(ProcessedEvents.purgeOutbox("reviews"), cutoff) + chunks.repeat(ProcessedEvents.purgeInbox("reviews"), cutoff);
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection, "ANALYZE reviews.stays, reviews.reviews, reviews.listing_ratings,"
                + " reviews.guest_ratings, reviews.outbox, reviews.inbox");
        return 6;
    }
}
