package dev.staybook.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * What the database says after the load: no two active bookings of a listing share a night (or a
 * preparation day), every accepted booking is there, and how far the asynchronous follow-up (payment
 * authorized and captured, booking confirmed, nights held in the listing's calendar) has got.
 */
final class BookingChecks {

    private static final String ACTIVE = "('PENDING_PAYMENT', 'REQUESTED', 'CONFIRMED', 'CHECKED_IN')";

    private final String database;
    private final List<String> listingIds;

    BookingChecks(String database, List<String> listingIds) {
        this.database = database;
        this.listingIds = List.copyOf(listingIds);
    }

    /**
     * Active bookings that begin before an earlier-starting active booking of the same listing has ended
     * (with its preparation days): ordered by check-in, any overlap shows as a stay starting before the
     * latest end so far.
     */
    long overlappingBookings() throws SQLException {
        return count("""
                select count(*) from (
                  select check_in, max(check_out + preparation_days) over (partition by listing_id order by check_in, id
                         rows between unbounded preceding and 1 preceding) as busy_until
                  from bookings.bookings where listing_id = any(?) and status in %s) ordered
                where check_in < busy_until""".formatted(ACTIVE));
    }

    long activeBookings() throws SQLException {
        return count("select count(*) from bookings.bookings where listing_id = any(?) and status in " + ACTIVE);
    }

    /** Counts of the follow-up so far. */
    record Pipeline(long confirmed, long captured, long nightsHeld, long expired) {

        boolean caughtUpWith(long bookings) {
            return confirmed == bookings && captured == bookings && nightsHeld == bookings;
        }
    }

    Pipeline pipeline() throws SQLException {
        return new Pipeline(
                count("select count(*) from bookings.bookings where listing_id = any(?) and status = 'CONFIRMED'"),
                count("select count(*) from payments.payments where listing_id = any(?) and status = 'CAPTURED'"),
                count("select count(*) from listings.booked_stays where listing_id = any(?)"),
                count("select count(*) from bookings.bookings where listing_id = any(?) and status = 'EXPIRED'"));
    }

    /** Polls once a second until the follow-up has caught up with every booking, or the time is up. */
    Pipeline awaitPipeline(long bookings, Duration timeout) throws SQLException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        Pipeline now = pipeline();
        while (!now.caughtUpWith(bookings) && System.nanoTime() < end) {
            Thread.sleep(1000);
            now = pipeline();
        }
        return now;
    }

    /** How long the run's events waited in an outbox before a relay batch picked them up, in seconds. */
    record RelayLag(String outbox, long events, double average, double max) {
    }

    List<RelayLag> relayLags() throws SQLException {
        return List.of(relayLag("bookings"), relayLag("payments"));
    }

    private RelayLag relayLag(String schema) throws SQLException {
        String sql = ("select count(*), coalesce(avg(extract(epoch from published_at - occurred_at)), 0), "
                + "coalesce(max(extract(epoch from published_at - occurred_at)), 0) from %s.outbox "
                + "where published_at is not null and aggregate_id in (select id from bookings.bookings where listing_id = any(?))")
                .formatted(schema);
        try (Connection connection = Database.connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", listingIds.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new RelayLag(schema, row.getLong(1), row.getDouble(2), row.getDouble(3));
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = Database.connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            Array ids = connection.createArrayOf("uuid", listingIds.toArray());
            query.setArray(1, ids);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
