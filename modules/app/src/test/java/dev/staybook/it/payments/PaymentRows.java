package dev.staybook.it.payments;

import dev.staybook.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payments schema read (and, where a test plays an intruder or a crash, changed) straight in the
 * test database: the ledger, payouts, the simulated gateway's records.
 */
final class PaymentRows {

    private PaymentRows() {
    }

    /**
     * The net of each account over the booking's ledger transactions, debits positive, credits negative,
     * as plain strings ("403.00", "-315.25"); accounts that net to zero are left out.
     */
    static Map<String, String> accountTotalsOfBooking(String bookingId) {
        return accountTotals("""
                select e.account, sum(case e.side when 'DEBIT' then e.amount else -e.amount end)
                from payments.ledger_entries e join payments.ledger_transactions t on t.id = e.transaction_id
                where t.booking_id = ?::uuid group by e.account order by e.account""", bookingId);
    }

    /** The same over the ledger transactions of the host's payouts. */
    static Map<String, String> accountTotalsOfHostPayouts(String hostId) {
        return accountTotals("""
                select e.account, sum(case e.side when 'DEBIT' then e.amount else -e.amount end)
                from payments.ledger_entries e join payments.ledger_transactions t on t.id = e.transaction_id
                join payments.payouts p on p.id = t.payout_id
                where p.host_id = ?::uuid group by e.account order by e.account""", hostId);
    }

    /** Whether a payout run took the booking's host share (its payment has a payout item). */
    static boolean paidOut(String bookingId) {
        return number("""
                select count(*) from payments.payout_items i join payments.payments pay on pay.id = i.payment_id
                where pay.booking_id = ?::uuid""", bookingId) == 1;
    }

    /** The kinds of the booking's ledger transactions in the order they were posted. */
    static List<String> transactionKindsOfBooking(String bookingId) {
        return strings("select kind from payments.ledger_transactions where booking_id = ?::uuid order by occurred_at, id", bookingId);
    }

    /** How many ledger transactions, anywhere in the ledger, do not balance (debits minus credits not zero). */
    static long unbalancedTransactions() {
        return number("""
                select count(*) from (select transaction_id from payments.ledger_entries group by transaction_id
                having sum(case side when 'DEBIT' then amount else -amount end) <> 0) unbalanced""");
    }

    /** The host's payouts as "runKey status amount stays", oldest first. */
    static List<String> payoutsOfHost(String hostId) {
        return strings("""
                select run_key || ' ' || status || ' ' || trim(to_char(amount, 'FM999999990.00')) || ' ' || stays
                from payments.payouts where host_id = ?::uuid order by created_at, id""", hostId);
    }

    /** How many transfers the simulated gateway made for the host's payouts (a repeated call under one key is one transfer). */
    static long gatewayTransfersToHost(String hostId) {
        return number("""
                select count(*) from payments.simulated_gateway_calls c join payments.payouts p on c.idempotency_key = 'payout-' || p.id
                where c.operation = 'payout' and p.host_id = ?::uuid""", hostId);
    }

    /** Payouts of the run, and how many of them the gateway transferred more or less than once. */
    static long payoutsOfRunNotTransferredExactlyOnce(String runKey) {
        return number("""
                select count(*) from payments.payouts p
                where p.run_key = ? and (select count(*) from payments.simulated_gateway_calls c
                                         where c.idempotency_key = 'payout-' || p.id and c.operation = 'payout') <> 1""", runKey);
    }

    static long number(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = prepare(connection, sql, values);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = prepare(connection, sql, values);
             ResultSet rows = query.executeQuery()) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements in one transaction (a test's tampering, a trigger it installs). */
    static void execute(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = prepare(connection, sql, values)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one update and returns how many rows it changed. */
    static int update(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> accountTotals(String sql, String id) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = prepare(connection, sql, id);
             ResultSet rows = query.executeQuery()) {
            Map<String, String> totals = new LinkedHashMap<>();
            while (rows.next()) {
                BigDecimal net = rows.getBigDecimal(2);
                if (net.signum() != 0) {
                    totals.put(rows.getString(1), net.setScale(2).toPlainString());
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
