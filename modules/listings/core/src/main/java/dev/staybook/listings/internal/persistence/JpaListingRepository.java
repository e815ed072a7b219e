package dev.staybook.listings.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingRepository;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction: a read outside one would bypass Liberty's transaction handling. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaListingRepository implements ListingRepository {

    /** Hibernate's read-only hint: the entity is loaded without the snapshot that the flush at commit would compare. */
    private static final Map<String, Object> READ_ONLY = Map.of("org.hibernate.readOnly", true);

    @PersistenceContext(unitName = "listings")
    private EntityManager em;

    @Override
    public Optional<Listing> find(ListingId id) {
        return Optional.ofNullable(em.find(Listing.class, id.value()));
    }

    @Override
    public Optional<Listing> findToRead(ListingId id) {
        return Optional.ofNullable(em.find(Listing.class, id.value(), READ_ONLY));
    }

    @Override
    public List<Listing> findAll(Collection<ListingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Listing l where l.id in :ids", Listing.class)
                .setParameter("ids", ids.stream().map(ListingId::value).distinct().toList()).getResultList();
    }

    @Override
    public void add(Listing listing) {
        em.persist(listing);
    }

    @Override
    public List<Listing> ofHost(UserId host, UUID before, int limit) {
        String jpql = "select l from Listing l where l.hostId = :host" + (before == null ? "" : " and l.id < :before")
                + " order by l.id desc";
        var query = em.createQuery(jpql, Listing.class).setParameter("host", host.value()).setMaxResults(limit);
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getResultList();
    }

    @Override
    public List<Listing> showingUpload(StoredPhotoId id, int limit) {
        return em.createQuery("select l from Listing l join l.photos p where p.storedPhotoId = :id", Listing.class)
                .setParameter("id", id.value()).setHint("org.hibernate.readOnly", true).setMaxResults(limit).getResultList();
    }

    @Override
    public void lockUpload(StoredPhotoId id) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('listings.stored-photo:' || ?1, 0))")
                .setParameter(1, id.value()).getSingleResult();
    }

    @Override
    public boolean isUploadShown(StoredPhotoId id) {
        em.flush();
        return !em.createNativeQuery("SELECT 1 FROM listings.listing_photos WHERE stored_photo_id = ?1 LIMIT 1")
                .setParameter(1, id.value()).getResultList().isEmpty();
    }
}
