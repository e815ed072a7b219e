package dev.staybook.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fast the bookings of one run became CONFIRMED, read from the database: each booking's lag from its
 * creation to its CONFIRMED transition (both stamped by the server), and when the last one got there.
 */
final class ConfirmationChecks {

    private final String database;
    private final List<String> listingIds;

    ConfirmationChecks(String database, List<String> listingIds) {
        this.database = database;
        this.listingIds = List.copyOf(listingIds);
    }

    /** Placed bookings and how they stand; lags in seconds. */
    record Confirmations(long placed, long confirmed, long expired, long pendingPayment, double p50, double p99, double max,
                         Instant firstPlaced, Instant lastConfirmed) {

        boolean allConfirmed() {
            return placed > 0 && confirmed == placed;
        }

        /** Confirmations per second, from the first booking placed to the last one confirmed. */
        double confirmedPerSecond() {
            if (firstPlaced == null || lastConfirmed == null) {
                return 0;
            }
            return confirmed / Math.max(0.001, Duration.between(firstPlaced, lastConfirmed).toMillis() / 1000.0);
        }
    }

    /**
     * Waits (bounded) until every booking of the run is confirmed or has ended otherwise, then measures. While it waits it
     * only counts what is still pending: measuring every lag took PostgreSQL 70 ms a time, CPU the server was short of.
     */
    Confirmations await(Duration timeout) throws SQLException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (pendingPayment() > 0 && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        return measure();
    }

    private long pendingPayment() throws SQLException {
        String sql = "select count(*) from bookings.bookings where listing_id = any(?) and status = 'PENDING_PAYMENT'";
        try (Connection connection = Database.connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", listingIds.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    Confirmations measure() throws SQLException {
        String sql = """
                select count(*), count(c.at), count(*) filter (where b.status = 'EXPIRED'),
                       count(*) filter (where b.status = 'PENDING_PAYMENT'),
                       coalesce(percentile_cont(0.5) within group (order by extract(epoch from c.at - b.created_at)), 0),
                       coalesce(percentile_cont(0.99) within group (order by extract(epoch from c.at - b.created_at)), 0),
                       coalesce(max(extract(epoch from c.at - b.created_at)), 0), min(b.created_at), max(c.at)
                from bookings.bookings b
                left join lateral (select t.occurred_at as at from bookings.booking_transitions t
                                   where t.booking_id = b.id and t.to_status = 'CONFIRMED') c on true
                where b.listing_id = any(?)""";
        try (Connection connection = Database.connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", listingIds.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Confirmations(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getDouble(5),
                        row.getDouble(6), row.getDouble(7), instant(row.getTimestamp(8)), instant(row.getTimestamp(9)));
            }
        }
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
