package dev.staybook.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * One subscriber's deliveries of the run's events, and how long the delivered ones waited, in seconds, from
     * the event until a worker took them up (settled_at is the time the delivering transaction began, so the
     * handler's own work is not in it). Pending deliveries are still waiting; the rest were parked or dismissed.
     */
    record DeliveryLag(String subscriber, long deliveries, long delivered, double averageWait, double maxWait, long pending) {

        long parkedOrDismissed() {
            return deliveries - delivered - pending;
        }
    }

    /**
     * Per subscriber. The run's events are those of its listings' bookings: the bookings' and the payments'
     * events both name the booking as their aggregate.
     */
    List<DeliveryLag> deliveryLags() throws SQLException {
        String sql = """
                select d.subscriber, count(*), count(*) filter (where d.state = 'DELIVERED'),
                       coalesce(avg(extract(epoch from d.settled_at - e.occurred_at)) filter (where d.state = 'DELIVERED'), 0),
                       coalesce(max(extract(epoch from d.settled_at - e.occurred_at)) filter (where d.state = 'DELIVERED'), 0),
                       count(*) filter (where d.state = 'PENDING')
                from outbox.deliveries d join outbox.events e on e.id = d.event_id
                where d.aggregate_id in (select id from bookings.bookings where listing_id = any(?))
                group by d.subscriber order by d.subscriber""";
        try (Connection connection = Database.connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", listingIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                List<DeliveryLag> lags = new ArrayList<>();
                while (rows.next()) {
                    lags.add(new DeliveryLag(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getDouble(4),
                            rows.getDouble(5), rows.getLong(6)));
                }
                return lags;
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
