package dev.staybook.messaging.internal.persistence;

import dev.staybook.messaging.internal.domain.Message;
import dev.staybook.messaging.internal.domain.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaMessageRepository implements MessageRepository {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Override
    public void add(Message message) {
        em.persist(message);
    }

    @Override
    public List<Message> page(UUID conversationId, Integer beforeSeq, int limit) {
        String jpql = "select m from Message m where m.conversationId = :conversation"
                + (beforeSeq == null ? "" : " and m.seq < :before") + " order by m.seq desc";
        TypedQuery<Message> query = em.createQuery(jpql, Message.class)
                .setParameter("conversation", conversationId)
                .setMaxResults(limit);
        if (beforeSeq != null) {
            query.setParameter("before", beforeSeq);
        }
        return query.getResultList();
    }

    @Override
    public Optional<Message> find(UUID conversationId, UUID messageId) {
        return Optional.ofNullable(em.find(Message.class, messageId)).filter(m -> m.conversationId().equals(conversationId));
    }
}
