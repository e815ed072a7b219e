package dev.staybook.listings.internal.persistence;

import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.ListingLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Listings' booking locks as PostgreSQL transaction-level advisory locks, keyed by the listing's id. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AdvisoryListingLocks implements ListingLocks {

    private static final String KEY = "hashtextextended('listings.booking-lock:' || ?1, 0)";

    @PersistenceContext(unitName = "listings")
    EntityManager em;

    @Override
    public void shared(ListingId listing) {
        lock("pg_advisory_xact_lock_shared", listing);
    }

    @Override
    public void exclusive(ListingId listing) {
        lock("pg_advisory_xact_lock", listing);
    }

    private void lock(String function, ListingId listing) {
        em.createNativeQuery("SELECT 1 FROM " + function + "(" + KEY + ")").setParameter(1, listing.value().toString()).getSingleResult();
    }
}
