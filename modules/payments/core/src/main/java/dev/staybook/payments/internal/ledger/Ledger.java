package dev.staybook.payments.internal.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes postings in the caller's transaction, so a money movement and its record commit together. The
 * tables are append-only and a deferred trigger re-checks that each transaction balances at commit.
 * Plain JDBC on the transaction's connection, one statement per posting: the rows are never read back as
 * entities, and a JPA native query would first flush and dirty-check every entity of the transaction
 * (all the payments of a delivery batch).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

    private static final String POST = """
            WITH posted AS (
                INSERT INTO payments.ledger_transactions (id, kind, booking_id, payout_id, currency, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?))
            INSERT INTO payments.ledger_entries (transaction_id, position, account, side, amount)
            SELECT ?, entry.position - 1, entry.account, entry.side, entry.amount
            FROM unnest(?::varchar[], ?::varchar[], ?::numeric[]) WITH ORDINALITY AS entry(account, side, amount, position)""";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;
    @Inject
    Clock clock;

    public void post(Posting posting) {
        List<Entry> entries = posting.entries();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(POST)) {
            insert.setObject(1, posting.id());
            insert.setString(2, posting.kind().name());
            insert.setObject(3, posting.bookingId());
            insert.setObject(4, posting.payoutId());
            insert.setString(5, posting.currency().getCurrencyCode());
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            insert.setObject(7, posting.id());
            insert.setArray(8, connection.createArrayOf("varchar", entries.stream().map(e -> e.account().name()).toArray()));
            insert.setArray(9, connection.createArrayOf("varchar", entries.stream().map(e -> e.side().name()).toArray()));
            insert.setArray(10, connection.createArrayOf("numeric", entries.stream().map(e -> e.amount().amount()).toArray(BigDecimal[]::new)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not post ledger transaction " + posting.id(), e);
        }
    }
}
