package dev.staybook.payments.internal.persistence;

import dev.staybook.payments.internal.domain.AccountState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hosts' payout accounts (table payout_accounts): one per host and gateway, with what the gateway last said of it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayoutAccountStore {

    private static final String COLUMNS = "gateway, account_id, payouts_enabled, charges_enabled, requirements, enabled_at,"
            + " created_at, updated_at";

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** A host's account at one gateway. */
    public record StoredAccount(String gateway, String accountId, boolean payoutsEnabled, boolean chargesEnabled,
                                List<String> requirements, Instant enabledAt, Instant createdAt, Instant updatedAt) {
    }

    public Optional<StoredAccount> find(UUID hostId, String gateway) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from payments.payout_accounts"
                        + " where host_id = :host and gateway = :gateway")
                .setParameter("host", hostId).setParameter("gateway", gateway).getResultList();
        return rows.stream().findFirst().map(PayoutAccountStore::account);
    }

    /** Records a newly opened account; a second call for the same host and gateway changes nothing. */
    public void add(UUID hostId, String gateway, AccountState state, Instant now) {
        em.createNativeQuery("""
                insert into payments.payout_accounts (host_id, gateway, account_id, payouts_enabled, charges_enabled, requirements,
                    enabled_at, created_at, updated_at)
                values (:host, :gateway, :account, :payouts, :charges, :requirements, case when :payouts then cast(:now as timestamptz) end, :now, :now)
                on conflict (host_id, gateway) do nothing""")
                .setParameter("host", hostId).setParameter("gateway", gateway).setParameter("account", state.accountId())
                .setParameter("payouts", state.payoutsEnabled()).setParameter("charges", state.chargesEnabled())
                .setParameter("requirements", String.join(",", state.requirements()))
                .setParameter("now", now).executeUpdate();
    }

    /** Records what the gateway reported of an account; false if no host has it. Keeps when payouts were first enabled. */
    public boolean update(String gateway, AccountState state, Instant now) {
        return em.createNativeQuery("""
                update payments.payout_accounts set payouts_enabled = :payouts, charges_enabled = :charges,
                    requirements = :requirements, updated_at = :now,
                    enabled_at = case when :payouts then coalesce(enabled_at, cast(:now as timestamptz)) else enabled_at end
                where gateway = :gateway and account_id = :account""")
                .setParameter("payouts", state.payoutsEnabled()).setParameter("charges", state.chargesEnabled())
                .setParameter("requirements", String.join(",", state.requirements())).setParameter("now", now)
                .setParameter("gateway", gateway).setParameter("account", state.accountId()).executeUpdate() == 1;
    }

    /** The gateway that holds the host's latest payment, if the host was ever paid for a stay. */
    public Optional<String> latestGatewayOf(UUID hostId) {
        @SuppressWarnings("unchecked")
        List<String> gateways = em.createNativeQuery("select gateway from payments.payments where host_id = :host"
                + " order by created_at desc limit 1").setParameter("host", hostId).getResultList();
        return gateways.stream().findFirst();
    }

    /** The largest amount (in any one currency) the host is owed at the gateway and no payout has taken yet. */
    public BigDecimal largestOwed(UUID hostId, String gateway) {
        Object largest = em.createNativeQuery("select max(amount) from (select sum(pay.host_payout) as amount from" + PayableRule.OWED_PAYMENTS
                        + "where owed.host_id = :host and pay.gateway = :gateway and" + PayableRule.OWED + "group by pay.currency) by_currency")
                .setParameter("host", hostId).setParameter("gateway", gateway).getSingleResult();
        return largest == null ? BigDecimal.ZERO : (BigDecimal) largest;
    }

    private static StoredAccount account(Object[] r) {
        String requirements = (String) r[4];
        return new StoredAccount((String) r[0], (String) r[1], (Boolean) r[2], (Boolean) r[3],
                requirements == null || requirements.isEmpty() ? List.of() : Arrays.asList(requirements.split(",")),
                instant(r[5]), instant(r[6]), instant(r[7]));
    }

    static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
