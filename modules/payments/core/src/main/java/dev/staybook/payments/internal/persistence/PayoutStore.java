package dev.staybook.payments.internal.persistence;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.domain.HostKey;
import dev.staybook.payments.internal.domain.Payout;
import dev.staybook.payments.internal.domain.Payout.Settlement;
import dev.staybook.payments.internal.domain.PayoutStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The payout run's set-based SQL over one range of (slot, host, currency) keys ({@link HostKey}; each table the run
 * reads by range has an index on its {@code (payments.host_slot(host_id), host_id, currency)}). The payout id is
 * md5(run date | host | currency) as a UUID: the same on every attempt, so each statement is repeatable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayoutStore {

    private static final String IN_RANGE = inRange("");
    private static final String PAYOUT_ID = " md5(:run || '|' || owed.host_id::text || '|' || owed.currency)::uuid ";
    private static final String IN_RANGE_OF_OWED = inRange("owed.");
    private static final String IN_RANGE_OF_ADJUSTMENTS = inRange("adj.");

    private static final String SETTLE = """
            update payments.payouts po set status = s.status, gateway_reference = s.reference, failure = s.failure,
                attempts = s.attempt, next_attempt_at = s.next_attempt::timestamptz, destination = s.destination
            from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[])
                as s (id, status, reference, failure, attempt, next_attempt, destination)
            where po.id = s.id""";

    @PersistenceContext(unitName = "payments")
    EntityManager em;
    /** The transaction's connection, for the statements that bind arrays (plain JDBC, as the ledger's). */
    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    private static final String PENDING_COLUMNS = """
             po.id, po.host_id, po.amount, po.currency, po.stays, g.gateway,
                   (select acc.account_id from payments.payout_accounts acc where acc.host_id = po.host_id and acc.gateway = g.gateway),
                   po.attempts
            from payments.payouts po
            cross join lateral (select p.gateway from payments.payout_items i join payments.payments p on p.id = i.payment_id
                                where i.payout_id = po.id limit 1) g
            """;

    /**
     * The next hosts (and currencies) after {@code after}, up to slot {@code lastSlot}, that have owed shares, in key
     * order: a partition of the payout run's reader pages through them. Whether and how much each is paid is decided
     * by {@link #createPayouts} over the chunk's range of keys, so that the payable rule is written once: reading
     * only the owed rows' index costs a page of keys, where applying the rule here cost a join of every owed row
     * left in the partition with its payment, on every page.
     */
    public List<HostKey> owedHosts(HostKey after, int lastSlot, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select payments.host_slot(host_id), host_id, currency from payments.owed_shares
                where (payments.host_slot(host_id), host_id, currency) > (:afterSlot, :afterHost, :afterCurrency)
                  and payments.host_slot(host_id) <= :lastSlot
                group by 1, 2, 3
                order by 1, 2, 3
                limit :page""")
                .setParameter("afterSlot", after.slot())
                .setParameter("afterHost", after.hostId())
                .setParameter("afterCurrency", after.currency())
                .setParameter("lastSlot", lastSlot)
                .setParameter("page", limit)
                .getResultList();
        return rows.stream().map(row -> new HostKey(((Number) row[0]).intValue(), (UUID) row[1], ((String) row[2]).strip())).toList();
    }

    /**
     * Creates the range's payouts, one per host and currency, in one statement that reads each payable payment once:
     * <ol>
     * <li>takes the payable payments' owed rows and records which payout took each (from here on they belong to it;
     * the payments themselves are not written, see {@link OwedShares}). Hosts this run already paid
     * are left alone: their payout is settled and would not include what they became owed since (the next run date
     * pays that). A host who owes at least as much back as they are owed (open balance adjustments: support refunds
     * and disputes after an earlier payout) is not paid: a payout is never zero or negative, so their payments and
     * their debt wait together for a later run;</li>
     * <li>links the paid hosts' open balance adjustments to their new payout;</li>
     * <li>inserts the payouts: what the taken payments owe the host, net of the linked adjustments.</li>
     * </ol>
     * The steps are data-modifying CTEs, each working from the rows the one before it returned: re-reading the
     * payments by payout id afterwards cost as much as taking them. Whether this run paid a host already is asked once
     * per host, by the payout's id ({@code unpaid}), not once per owed row among years of the host's payouts.
     */
    public void createPayouts(String run, Instant cutoff, HostKey first, HostKey last, Instant now) {
        range(em.createNativeQuery("with indebted as (select adj.host_id, adj.currency from payments.host_balance_adjustments adj"
                + " where adj.payout_id is null and" + IN_RANGE_OF_ADJUSTMENTS + "group by adj.host_id, adj.currency"
                + " having sum(adj.amount) + coalesce((select sum(pay.host_payout) from" + PayableRule.OWED_PAYMENTS + "where"
                + PayableRule.PAYABLE_BEFORE_CUTOFF + "and owed.host_id = adj.host_id and owed.currency = adj.currency), 0) <= 0),"
                + " unpaid as (select owed.host_id, owed.currency from payments.owed_shares owed where" + IN_RANGE_OF_OWED
                + "group by owed.host_id, owed.currency having not exists (select 1 from payments.payouts po where po.id ="
                + PAYOUT_ID + ")),"
                + " taken as (delete from payments.owed_shares owed using unpaid u, payments.payments pay"
                + " where owed.host_id = u.host_id and owed.currency = u.currency and" + IN_RANGE_OF_OWED
                + "and pay.id = owed.payment_id and" + PayableRule.PAYABLE_BEFORE_CUTOFF
                + "and not exists (select 1 from indebted d where d.host_id = owed.host_id and d.currency = owed.currency)"
                + " returning owed.payment_id," + PAYOUT_ID + "as payout_id, owed.host_id, owed.currency, pay.host_payout),"
                + " items as (insert into payments.payout_items (payment_id, payout_id) select payment_id, payout_id from taken),"
                + " shares as (select payout_id, host_id, currency, sum(host_payout) as amount, count(*) as stays"
                + " from taken group by payout_id, host_id, currency),"
                + " linked as (update payments.host_balance_adjustments adj set payout_id = shares.payout_id from shares"
                + " where adj.payout_id is null and adj.host_id = shares.host_id and adj.currency = shares.currency"
                + " returning adj.payout_id, adj.amount),"
                + " netted as (select payout_id, sum(amount) as amount from linked group by payout_id)"
                + " insert into payments.payouts (id, run_key, host_id, currency, amount, stays, status, created_at)"
                + " select shares.payout_id, :run, shares.host_id, shares.currency, shares.amount + coalesce(netted.amount, 0),"
                + " shares.stays, 'PENDING', :now from shares left join netted on netted.payout_id = shares.payout_id"),
                run, first, last)
                .setParameter("cutoff", cutoff).setParameter("now", now).executeUpdate();
    }

    /** Debits what each host is owed and credits the payouts account, once per payout. */
    public void postToLedger(String run, HostKey first, HostKey last, Instant now) {
        range(em.createNativeQuery("insert into payments.ledger_transactions (id, kind, payout_id, currency, occurred_at)"
                + " select md5('ledger|' || id::text)::uuid, 'PAYOUT', id, currency, :now"
                + " from payments.payouts where run_key = :run and" + IN_RANGE
                + " on conflict (id) do nothing"), run, first, last).setParameter("now", now).executeUpdate();
        range(em.createNativeQuery("insert into payments.ledger_entries (transaction_id, position, account, side, amount)"
                + " select md5('ledger|' || id::text)::uuid, entry.position, entry.account, entry.side, amount"
                + " from payments.payouts"
                + " cross join (values (0, 'HOST_PAYABLE', 'DEBIT'), (1, 'PAYOUTS', 'CREDIT')) as entry (position, account, side)"
                + " where run_key = :run and" + IN_RANGE
                + " on conflict (transaction_id, position) do nothing"), run, first, last).executeUpdate();
    }

    /** The payouts of the range this run created and has not tried to transfer yet: their first attempt. */
    public List<Payout> pending(String run, HostKey first, HostKey last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = range(em.createNativeQuery("select" + PENDING_COLUMNS
                + " where po.status = 'PENDING' and po.run_key = :run and" + IN_RANGE + "order by po.host_id"), run, first, last)
                .getResultList();
        return rows.stream().map(r -> payout(r, 1, PayoutStatus.PENDING)).toList();
    }

    /** Failed payouts whose next attempt is due, oldest due first. */
    public List<UUID> dueForRetry(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from payments.payouts where status = 'FAILED' and next_attempt_at <= :now"
                + " order by next_attempt_at, id limit :limit").setParameter("now", now).setParameter("limit", limit).getResultList();
        return ids;
    }

    /** Locks a failed payout whose retry is due (empty if another run took it or it is not due) as its next attempt. */
    public Optional<Payout> claimRetry(UUID payoutId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select" + PENDING_COLUMNS
                        + " where po.id = :id and po.status = 'FAILED' and po.next_attempt_at <= :now for update of po skip locked")
                .setParameter("id", payoutId).setParameter("now", now).getResultList();
        return rows.stream().findFirst().map(r -> payout(r, (Integer) r[7] + 1, PayoutStatus.FAILED));
    }

    /**
     * Records what the gateway answered to each attempt, all of them with one statement: a chunk's transfers are
     * settled together rather than one round trip per host.
     */
    public void settle(List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        int n = settlements.size();
        UUID[] ids = new UUID[n];
        String[] statuses = new String[n];
        String[] references = new String[n];
        String[] failures = new String[n];
        Integer[] attempts = new Integer[n];
        String[] nextAttempts = new String[n];
        String[] destinations = new String[n];
        for (int i = 0; i < n; i++) {
            Settlement settled = settlements.get(i);
            ids[i] = settled.payout().id();
            statuses[i] = settled.status().name();
            references[i] = settled.reference();
            failures[i] = settled.failure() == null ? null : settled.failure().substring(0, Math.min(500, settled.failure().length()));
            attempts[i] = settled.payout().attempt();
            nextAttempts[i] = settled.nextAttempt().map(Instant::toString).orElse(null);
            destinations[i] = settled.payout().destination();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(SETTLE)) {
            update.setArray(1, connection.createArrayOf("uuid", ids));
            update.setArray(2, connection.createArrayOf("varchar", statuses));
            update.setArray(3, connection.createArrayOf("varchar", references));
            update.setArray(4, connection.createArrayOf("varchar", failures));
            update.setArray(5, connection.createArrayOf("int4", attempts));
            update.setArray(6, connection.createArrayOf("varchar", nextAttempts));
            update.setArray(7, connection.createArrayOf("varchar", destinations));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not settle " + n + " payouts", e);
        }
    }

    private static Payout payout(Object[] r, int attempt, PayoutStatus status) {
        return new Payout((UUID) r[0], (UUID) r[1], Money.rounded((BigDecimal) r[2], Currency.getInstance(((String) r[3]).strip())),
                (Integer) r[4], (String) r[5], (String) r[6], attempt, status);
    }

    private static Query range(Query query, String run, HostKey first, HostKey last) {
        return query.setParameter("run", run)
                .setParameter("firstSlot", first.slot()).setParameter("firstHost", first.hostId()).setParameter("firstCurrency", first.currency())
                .setParameter("lastSlot", last.slot()).setParameter("lastHost", last.hostId()).setParameter("lastCurrency", last.currency());
    }

    /** The keys from {@code :first...} to {@code :last...} of the table aliased {@code alias} (with its dot, if any). */
    private static String inRange(String alias) {
        String key = "(payments.host_slot(%1$shost_id), %1$shost_id, %1$scurrency)".formatted(alias);
        return " " + key + " >= (:firstSlot, :firstHost, :firstCurrency) and " + key + " <= (:lastSlot, :lastHost, :lastCurrency) ";
    }
}
