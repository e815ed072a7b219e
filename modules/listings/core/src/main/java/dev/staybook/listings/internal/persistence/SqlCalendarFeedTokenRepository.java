package dev.staybook.listings.internal.persistence;

import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarFeedToken;
import dev.staybook.listings.internal.domain.CalendarFeedTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Feed tokens in SQL (Hibernate native queries). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlCalendarFeedTokenRepository implements CalendarFeedTokenRepository {

    @PersistenceContext(unitName = "listings")
    EntityManager em;

    @Override
    public Optional<CalendarFeedToken> find(ListingId listing) {
        @SuppressWarnings("unchecked")
        List<String> tokens = em.createNativeQuery("SELECT token FROM listings.calendar_feed_tokens WHERE listing_id = ?1")
                .setParameter(1, listing.value()).getResultList();
        return tokens.stream().findFirst().map(CalendarFeedToken::new);
    }

    @Override
    public void addIfAbsent(ListingId listing, CalendarFeedToken token, Instant at) {
        em.createNativeQuery("INSERT INTO listings.calendar_feed_tokens (listing_id, token, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (listing_id) DO NOTHING").setParameter(1, listing.value()).setParameter(2, token.value())
                .setParameter(3, at).executeUpdate();
    }

    @Override
    public void replace(ListingId listing, CalendarFeedToken token, Instant at) {
        em.createNativeQuery("INSERT INTO listings.calendar_feed_tokens (listing_id, token, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (listing_id) DO UPDATE SET token = EXCLUDED.token, created_at = EXCLUDED.created_at")
                .setParameter(1, listing.value()).setParameter(2, token.value()).setParameter(3, at).executeUpdate();
    }
}
