package dev.staybook.payments.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The gateway events already received (table webhook_events): each is applied once, however often it is sent. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReceivedWebhooks {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** Records the event; false if it was received before. */
    public boolean firstTime(String provider, String eventId, String type, Instant at) {
        return em.createNativeQuery("""
                insert into payments.webhook_events (provider, event_id, event_type, received_at)
                values (:provider, :id, :type, :at) on conflict do nothing""")
                .setParameter("provider", provider).setParameter("id", eventId).setParameter("type", type)
                .setParameter("at", at).executeUpdate() == 1;
    }
}
