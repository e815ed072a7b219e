package dev.staybook.payments.internal.persistence;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.domain.PayoutStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Payouts, newest first with keyset pagination: a host's own, or all of one status for administrators. */
@ApplicationScoped
@Transactional
public class PayoutQueries {

    private static final String COLUMNS = "select id, host_id, run_key, amount, currency, stays, status, failure, attempts,"
            + " next_attempt_at, created_at from payments.payouts where ";
    private static final String PAGE = " order by created_at desc, id desc limit :limit";

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** One payout. {@code nextAttemptAt} is set while a refused transfer waits for its retry. */
    @Schema(requiredProperties = {"id", "hostId", "runDate", "amount", "stays", "status", "attempts", "createdAt"})
    public record PayoutView(UUID id, UUID hostId, String runDate, Money amount, int stays,
                             PayoutStatus status, String failure, int attempts,
                             Instant nextAttemptAt, Instant createdAt) {
    }

    /** What a host is owed in one currency that no payout has taken yet, and what it waits for. */
    @Schema(requiredProperties = {"amount", "stays", "waitingFor"})
    public record WaitingBalance(Money amount, int stays, WaitingFor waitingFor) {
    }

    /** Why owed money has not been paid yet. */
    public enum WaitingFor {
        /** The host has no account at the gateway that may receive payouts: onboarding (PUT /users/me/payout-account). */
        PAYOUT_ACCOUNT,
        /** Nothing on the host's side: the next payout run pays it. */
        NEXT_RUN
    }

    public List<PayoutView> ofHost(UUID hostId, Instant afterCreated, UUID afterId, int limit) {
        return page(em.createNativeQuery(COLUMNS + "host_id = :host" + keyset(afterCreated) + PAGE)
                .setParameter("host", hostId), afterCreated, afterId, limit);
    }

    public List<PayoutView> withStatus(PayoutStatus status, Instant afterCreated, UUID afterId, int limit) {
        return page(em.createNativeQuery(COLUMNS + "status = :status" + keyset(afterCreated) + PAGE)
                .setParameter("status", status.name()), afterCreated, afterId, limit);
    }

    /** The host's completed stays not paid yet, per currency and by what they wait for. */
    public List<WaitingBalance> waiting(UUID hostId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pay.currency, sum(pay.host_payout), count(*), " + PayableRule.ACCOUNT_ENABLED
                        + " as enabled from" + PayableRule.OWED_PAYMENTS + "where owed.host_id = :host and" + PayableRule.OWED
                        + "group by pay.currency, enabled order by pay.currency, enabled")
                .setParameter("host", hostId).getResultList();
        return rows.stream().map(r -> new WaitingBalance(money((BigDecimal) r[1], (String) r[0]), ((Number) r[2]).intValue(),
                (Boolean) r[3] ? WaitingFor.NEXT_RUN : WaitingFor.PAYOUT_ACCOUNT)).toList();
    }

    private static String keyset(Instant afterCreated) {
        return afterCreated == null ? "" : " and (created_at, id) < (:afterCreated, :afterId)";
    }

    private static List<PayoutView> page(Query query, Instant afterCreated, UUID afterId, int limit) {
        query.setParameter("limit", limit);
        if (afterCreated != null) {
            query.setParameter("afterCreated", afterCreated).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new PayoutView((UUID) r[0], (UUID) r[1], (String) r[2], money((BigDecimal) r[3], (String) r[4]),
                (Integer) r[5], PayoutStatus.valueOf((String) r[6]), (String) r[7], (Integer) r[8], PayoutAccountStore.instant(r[9]),
                PayoutAccountStore.instant(r[10]))).toList();
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.rounded(amount, Currency.getInstance(currency.strip()));
    }
}
