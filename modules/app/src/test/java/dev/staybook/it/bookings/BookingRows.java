package dev.staybook.it.bookings;

import dev.staybook.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What only tests do to bookings, straight in the database: bring a deadline forward instead of waiting
 * for it, and read what the API does not show (the gateway's reference of a payment, all bookings of a
 * listing whoever made them).
 */
final class BookingRows {

    /** The time columns the deadline sweep acts on. */
    enum Deadline {
        PAYMENT_DUE("payment_due_at"), RESPOND_BY("respond_by"), CHECK_IN("check_in_at"), CHECK_OUT("check_out_at");

        private final String column;

        Deadline(String column) {
            this.column = column;
        }
    }

    private static final String ACTIVE = "('PENDING_PAYMENT', 'REQUESTED', 'CONFIRMED', 'CHECKED_IN')";

    private BookingRows() {
    }

    /** Moves the deadline to a minute ago (check-in two minutes ago, so that it stays before check-out). */
    static void passed(String bookingId, Deadline deadline) {
        String ago = deadline == Deadline.CHECK_IN ? "2 minutes" : "1 minute";
        int updated = update("update bookings.bookings set " + deadline.column + " = now() - interval '" + ago + "' where id = ?::uuid",
                bookingId);
        if (updated != 1) {
            throw new IllegalStateException("no booking " + bookingId);
        }
    }

    /** The simulated gateway's id of the booking's payment, which its webhooks name. */
    static String gatewayReference(String bookingId) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select gateway_reference from payments.payments where booking_id = ?::uuid")) {
            query.setString(1, bookingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    throw new IllegalStateException("no gateway reference yet for booking " + bookingId);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many bookings of the listing hold their dates (the statuses the exclusion constraint covers). */
    static int activeBookings(String listingId) {
        return count("select count(*) from bookings.bookings where listing_id = ?::uuid and status in " + ACTIVE, listingId);
    }

    /** How many pairs of the listing's active bookings share a night (or a preparation day): must be none. */
    static int overlappingActivePairs(String listingId) {
        return count("""
                select count(*) from bookings.bookings a join bookings.bookings b
                  on b.listing_id = a.listing_id and a.id < b.id
                 and daterange(a.check_in, a.check_out + a.preparation_days) && daterange(b.check_in, b.check_out + b.preparation_days)
                where a.listing_id = ?::uuid and a.status in %1$s and b.status in %1$s""".formatted(ACTIVE), listingId);
    }

    /** How many of the listing's bookings have the status. */
    static int bookingsWithStatus(String listingId, String status) {
        return count("select count(*) from bookings.bookings where listing_id = ?::uuid and status = '" + status + "'", listingId);
    }

    private static int count(String sql, String id) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int update(String sql, String bookingId) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bookingId);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
