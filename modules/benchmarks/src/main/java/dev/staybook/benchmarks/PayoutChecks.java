package dev.staybook.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** What the database says after a payout run over one generated batch: everyone paid once, exactly what they were owed. */
record PayoutChecks(long unpaidStays, long payouts, long paidPayouts, BigDecimal owed, BigDecimal paid, long transfers,
                    long unbalancedTransactions, long transfersMade) {

    private static final String PAYOUTS_OF_BATCH = "select i.payout_id from payments.payout_items i"
            + " join payments.payments pay on pay.id = i.payment_id where pay.listing_id = ?";

    /** {@code transfersMade}: every transfer the gateway made since the run started, however many attempts asked for it. */
    static PayoutChecks of(Connection connection, UUID marker, Instant runStarted) throws SQLException {
        return new PayoutChecks(
                number(connection, "select count(*) from payments.payments pay where listing_id = ?"
                        + " and not exists (select 1 from payments.payout_items i where i.payment_id = pay.id)", marker),
                number(connection, "select count(*) from payments.payouts where id in (" + PAYOUTS_OF_BATCH + ")", marker),
                number(connection, "select count(*) from payments.payouts where status = 'PAID' and id in (" + PAYOUTS_OF_BATCH + ")", marker),
                decimal(connection, "select coalesce(sum(host_payout), 0) from payments.payments where listing_id = ?", marker),
                decimal(connection, "select coalesce(sum(amount), 0) from payments.payouts where id in (" + PAYOUTS_OF_BATCH + ")", marker),
                number(connection, "select count(*) from payments.simulated_gateway_calls where operation = 'payout' and idempotency_key in"
                        + " (select 'payout-' || payout_id from (" + PAYOUTS_OF_BATCH + ") batch)", marker),
                number(connection, """
                        select count(*) from (select transaction_id from payments.ledger_entries group by transaction_id
                        having sum(case side when 'DEBIT' then amount else -amount end) <> 0) unbalanced""", null),
                transfersSince(connection, runStarted));
    }

    private static long transfersSince(Connection connection, Instant started) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from payments.simulated_gateway_calls where operation = 'payout' and created_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(started));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    boolean allPaidOnce(int hosts) {
        return unpaidStays == 0 && payouts == hosts && paidPayouts == hosts && transfers == hosts && transfersMade == hosts
                && owed.compareTo(paid) == 0 && unbalancedTransactions == 0;
    }

    private static long number(Connection connection, String sql, UUID marker) throws SQLException {
        return decimal(connection, sql, marker).longValueExact();
    }

    private static BigDecimal decimal(Connection connection, String sql, UUID marker) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (marker != null) {
                query.setObject(1, marker);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }
}
