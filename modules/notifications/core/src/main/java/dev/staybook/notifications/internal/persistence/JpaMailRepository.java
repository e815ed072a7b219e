package dev.staybook.notifications.internal.persistence;

import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.MailKind;
import dev.staybook.notifications.internal.domain.MailRepository;
import dev.staybook.notifications.internal.domain.MailStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaMailRepository implements MailRepository {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Override
    public void add(Mail mail) {
        em.persist(mail);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Mail> lockDue(Instant now, int limit) {
        return em.createNativeQuery("select * from notifications.mails where status = 'PENDING' and next_attempt_at <= :now"
                        + " order by next_attempt_at limit :limit for update skip locked", Mail.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    @Override
    public Optional<Mail> find(UUID id) {
        return Optional.ofNullable(em.find(Mail.class, id));
    }

    @Override
    public void markSent(Collection<UUID> ids, Instant at) {
        // as Mail.sent does, a body that held a one-time link is erased
        em.createQuery("update Mail m set m.status = :sent, m.sentAt = :at, m.lastError = null,"
                        + " m.body = case when m.kind in :oneTimeLinks then :erased else m.body end"
                        + " where m.id in :ids and m.status = :pending")
                .setParameter("sent", MailStatus.SENT).setParameter("at", at)
                .setParameter("oneTimeLinks", MailKind.holdingOneTimeLinks()).setParameter("erased", Mail.ERASED_BODY)
                .setParameter("ids", ids).setParameter("pending", MailStatus.PENDING)
                .executeUpdate();
    }

    @Override
    public List<Mail> page(MailStatus status, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("select m from Mail m where 1 = 1");
        if (status != null) {
            jpql.append(" and m.status = :status");
        }
        if (after != null) {
            jpql.append(" and (m.createdAt < :afterAt or (m.createdAt = :afterAt and m.id < :afterId))");
        }
        TypedQuery<Mail> query = em.createQuery(jpql.append(" order by m.createdAt desc, m.id desc").toString(), Mail.class)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("afterAt", after.createdAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }
}
