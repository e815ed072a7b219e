package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.error.Conflict;
import dev.staybook.listings.internal.domain.Amenity;
import dev.staybook.listings.internal.domain.AmenityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaAmenityRepository implements AmenityRepository {

    @PersistenceContext(unitName = "listings")
    private EntityManager em;

    @Override
    public List<Amenity> all(String category) {
        String jpql = "select a from Amenity a" + (category == null ? "" : " where a.category = :category")
                + " order by a.category, a.code";
        var query = em.createQuery(jpql, Amenity.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        return query.getResultList();
    }

    @Override
    public Set<String> known(Set<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.code from Amenity a where a.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }

    @Override
    public void add(Amenity amenity) {
        // the code is the primary key: find first, since a failed insert would doom the transaction
        if (em.find(Amenity.class, amenity.code()) != null) {
            throw new Conflict("amenity-exists", "An amenity with the code '%s' already exists.".formatted(amenity.code()));
        }
        em.persist(amenity);
    }
}
