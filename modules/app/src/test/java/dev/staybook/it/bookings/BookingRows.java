package dev.staybook.it.bookings;

import dev.staybook.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What only tests do to bookings, straight in the database: bring a deadline forward instead of waiting
 * for it, and read what the API does not show (the gateway's reference of a payment).
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

    private static int update(String sql, String bookingId) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bookingId);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
