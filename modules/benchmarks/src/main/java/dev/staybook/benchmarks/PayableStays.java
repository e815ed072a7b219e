package dev.staybook.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Completed, captured, not yet paid stays (with their owed rows) for the payout benchmark, written straight into the payments
 * schema: {@code stays} payments spread evenly over {@code hosts} new hosts (with time-ordered ids, as the application
 * makes them), each owing the host 315.25 EUR plus up to 0.49 (so that sums are checked, not counted). Each run marks its rows with a listing id of its
 * own, so runs never mix and nothing needs resetting. Each host has an enabled (simulated) payout account. Their last change lies ten days back, outside the
 * reconciliation window, as a backlog's would.
 */
final class PayableStays {

    /**
     * A host id as the application makes one ({@code UuidV7}): the 48 bits of the account's creation millisecond (host n
     * signed up {@code 2 * (1 - n / hosts)} years ago), version 7, then random bits. Such ids all begin with the same
     * bytes, which is what the payout run's partitions must cope with; random (v4) ids would hide it.
     */
    private static final String TIME_ORDERED_ID = "encode(substring(millis from 3) || set_byte(substring(random_bytes from 7 for 1), 0,"
            + " (get_byte(random_bytes, 6) & 15) | 112) || substring(random_bytes from 8), 'hex')::uuid";

    private PayableStays() {
    }

    /** Generates the rows; returns the marker (listing id) of this batch. */
    static UUID generate(Connection connection, int stays, int hosts) throws SQLException {
        UUID marker = UUID.randomUUID();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temporary table bench_hosts on commit drop as select n, %s as id
                    from (select n, uuid_send(gen_random_uuid()) as random_bytes,
                              int8send((extract(epoch from now() - interval '2 years' * (1 - n::float8 / %d)) * 1000)::bigint) as millis
                          from generate_series(0, %d) as n) as signed_up""".formatted(TIME_ORDERED_ID, hosts, hosts - 1));
            statement.execute("create index on bench_hosts (n)");
            statement.execute("analyze bench_hosts");
            // every host has finished onboarding: only hosts with an enabled payout account are paid
            statement.execute("insert into payments.payout_accounts (host_id, gateway, account_id, payouts_enabled, charges_enabled,"
                    + " requirements, enabled_at, created_at, updated_at)"
                    + " select id, 'simulated', 'sim_acct_bench_' || replace(id::text, '-', ''), true, true, '', now(), now(), now()"
                    + " from bench_hosts");
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into payments.payments (id, booking_id, listing_id, guest_id, host_id, gateway, gateway_reference, status,
                    currency, amount, captured_amount, host_payout, payable_at, created_at, updated_at)
                select gen_random_uuid(), gen_random_uuid(), ?, gen_random_uuid(), h.id, 'simulated', 'sim_pi_bench_' || g,
                    'CAPTURED', 'EUR', 403.00, 403.00, 315.25 + (g % 50) / 100.0,
                    now() - interval '3 days' + (g % 86400) * interval '1 second', now() - interval '10 days', now() - interval '10 days'
                from generate_series(0, ? - 1) as g join bench_hosts h on h.n = g % ?""")) {
            insert.setObject(1, marker);
            insert.setInt(2, stays);
            insert.setInt(3, hosts);
            insert.executeUpdate();
        }
        try (PreparedStatement owe = connection.prepareStatement("insert into payments.owed_shares (payment_id, host_id, currency)"
                + " select id, host_id, currency from payments.payments where listing_id = ?")) {
            owe.setObject(1, marker);
            owe.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze payments.payments, payments.owed_shares");
            // without fresh statistics the planner thinks there are few accounts and drives markPayable from them
            statement.execute("analyze payments.payout_accounts");
        }
        return marker;
    }
}
