package dev.staybook.listings.internal.persistence;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Listings' nightly maintenance: nothing expires here. Search reads no materialized view (the night
 * summaries are kept exact by triggers, the ratings by events), so only the planner's statistics of the
 * search tables are refreshed. The night summaries need no trimming either: every write of a listing
 * recomputes its summary from yesterday on, and a summary nobody writes never grows (migration V4).
 */
@ApplicationScoped
public class ListingMaintenance implements MaintenanceTask {

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "listings";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        return 0;
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection,
                "ANALYZE listings.listings, listings.listing_photos, listings.calendar_days, listings.booked_stays");
        return 4;
    }
}
