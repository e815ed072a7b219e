package dev.staybook.reviews.internal.persistence;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Reviews' nightly maintenance: nothing of reviews expires (events are the outbox library's to purge). The
 * rating aggregates are running sums changed in the transaction that counts each review, so there is
 * nothing to recompute: only the planner's statistics are refreshed.
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
        return 0;
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection, "ANALYZE reviews.stays, reviews.reviews, reviews.listing_ratings,"
                + " reviews.guest_ratings");
        return 4;
    }
}
