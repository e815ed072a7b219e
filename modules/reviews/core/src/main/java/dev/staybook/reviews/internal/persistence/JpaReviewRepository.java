package dev.staybook.reviews.internal.persistence;

import dev.staybook.bookings.api.Party;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. Pages are newest first by (publishedAt, id). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaReviewRepository implements ReviewRepository {

    @PersistenceContext(unitName = "reviews")
    EntityManager em;

    @Override
    public Optional<Review> find(UUID id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    @Override
    public Optional<Review> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Review> publishedOfListing(UUID listingId, Position after, int limit) {
        return page("r.listingId = :subject", listingId, Party.GUEST, after, limit);
    }

    @Override
    public List<Review> publishedAboutGuest(UUID guestId, Position after, int limit) {
        return page("r.subjectId = :subject", guestId, Party.HOST, after, limit);
    }

    private List<Review> page(String subjectCondition, UUID subject, Party author, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("select r from Review r where ").append(subjectCondition)
                .append(" and r.author = :author and r.publishedAt is not null");
        if (after != null) {
            jpql.append(" and (r.publishedAt < :afterAt or (r.publishedAt = :afterAt and r.id < :afterId))");
        }
        TypedQuery<Review> query = em.createQuery(jpql.append(" order by r.publishedAt desc, r.id desc").toString(), Review.class)
                .setParameter("subject", subject)
                .setParameter("author", author)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("afterAt", after.publishedAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }
}
