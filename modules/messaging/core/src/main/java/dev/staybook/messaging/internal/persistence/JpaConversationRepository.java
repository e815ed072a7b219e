package dev.staybook.messaging.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.messaging.internal.domain.Conversation;
import dev.staybook.messaging.internal.domain.ConversationKind;
import dev.staybook.messaging.internal.domain.ConversationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaConversationRepository implements ConversationRepository {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Override
    public Optional<Conversation> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Conversation> find(UUID id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    @Override
    public Optional<UUID> idOfBooking(UUID bookingId) {
        return em.createQuery("select c.id from Conversation c where c.bookingId = :booking", UUID.class)
                .setParameter("booking", bookingId).getResultStream().findFirst();
    }

    @Override
    public Optional<UUID> idOfInquiry(UUID listingId, UserId guestId) {
        return em.createQuery("select c.id from Conversation c where c.kind = :kind and c.listingId = :listing and c.guestId = :guest",
                        UUID.class)
                .setParameter("kind", ConversationKind.INQUIRY)
                .setParameter("listing", listingId)
                .setParameter("guest", guestId.value())
                .getResultStream().findFirst();
    }

    /** An insert that yields to the unique constraints: two first messages at once start one conversation. */
    @Override
    public boolean addIfAbsent(Conversation c) {
        return em.createNativeQuery("""
                        insert into messaging.conversations (id, kind, booking_id, listing_id, guest_id, host_id, created_at,
                            last_message_at, message_count, guest_read_up_to, host_read_up_to, version)
                        values (:id, :kind, :booking, :listing, :guest, :host, :now, :now, 0, 0, 0, 0) on conflict do nothing""")
                .setParameter("id", c.id())
                .setParameter("kind", c.kind().name())
                .setParameter("booking", c.bookingId())
                .setParameter("listing", c.listingId())
                .setParameter("guest", c.guestId().value())
                .setParameter("host", c.hostId().value())
                .setParameter("now", c.lastMessageAt())
                .executeUpdate() == 1;
    }

    /** Newest activity first by (lastMessageAt, id); the cursor is the last conversation shown. */
    @Override
    public List<Conversation> pageFor(UserId participant, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("select c from Conversation c where (c.guestId = :me or c.hostId = :me)");
        if (after != null) {
            jpql.append(" and (c.lastMessageAt < :afterAt or (c.lastMessageAt = :afterAt and c.id < :afterId))");
        }
        TypedQuery<Conversation> query = em.createQuery(jpql.append(" order by c.lastMessageAt desc, c.id desc").toString(),
                        Conversation.class)
                .setParameter("me", participant.value())
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("afterAt", after.lastMessageAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }
}
