package dev.staybook.listings.internal.persistence;

import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.ListingLocks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Listings' booking locks as PostgreSQL transaction-level advisory locks, keyed by the listing's id. Plain JDBC on the
 * transaction's connection: every placement takes one, and a native query through Hibernate cost as much CPU again as
 * the statement itself (modules/benchmarks/results/hot-paths.md, "Profile of the placement path").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AdvisoryListingLocks implements ListingLocks {

    private static final String KEY = "hashtextextended('listings.booking-lock:' || ?, 0)";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public void shared(ListingId listing) {
        lock("pg_advisory_xact_lock_shared", listing);
    }

    @Override
    public void exclusive(ListingId listing) {
        lock("pg_advisory_xact_lock", listing);
    }

    private void lock(String function, ListingId listing) {
        SqlStatement sql = new SqlStatement("SELECT " + function + "(" + KEY + ")", List.of(listing.value().toString()));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("listing lock failed", e);
        }
    }
}
