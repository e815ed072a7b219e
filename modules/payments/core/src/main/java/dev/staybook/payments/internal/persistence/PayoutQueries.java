package dev.staybook.payments.internal.persistence;

import dev.staybook.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A host's payouts, newest first, with keyset pagination. */
@ApplicationScoped
@Transactional
public class PayoutQueries {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** One payout as its host sees it. */
    public record PayoutView(UUID id, String runDate, Money amount, int stays, String status, String failure, Instant createdAt) {
    }

    public List<PayoutView> page(UUID hostId, Instant afterCreated, UUID afterId, int limit) {
        String keyset = afterCreated == null ? "" : " and (created_at, id) < (:afterCreated, :afterId)";
        var query = em.createNativeQuery("select id, run_key, amount, currency, stays, status, failure, created_at"
                + " from payments.payouts where host_id = :host" + keyset + " order by created_at desc, id desc limit :limit")
                .setParameter("host", hostId).setParameter("limit", limit);
        if (afterCreated != null) {
            query.setParameter("afterCreated", afterCreated).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new PayoutView((UUID) r[0], (String) r[1],
                Money.rounded((BigDecimal) r[2], Currency.getInstance(((String) r[3]).strip())), (Integer) r[4],
                (String) r[5], (String) r[6], instant(r[7]))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
