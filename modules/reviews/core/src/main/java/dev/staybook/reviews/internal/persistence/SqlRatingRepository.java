package dev.staybook.reviews.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.reviews.internal.domain.ListingScores;
import dev.staybook.reviews.internal.domain.RatingRepository;
import dev.staybook.reviews.internal.domain.RatingSummary;
import dev.staybook.reviews.internal.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The aggregates as running sums, changed with one upsert each: the row lock it takes makes concurrent
 * additions queue up instead of overwriting each other, and the summary is read back under that lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlRatingRepository implements RatingRepository {

    private static final List<String> ASPECTS = List.of("cleanliness", "accuracy", "communication", "location", "check_in", "value");

    @PersistenceContext(unitName = "reviews")
    EntityManager em;

    @Override
    public RatingSummary addToListing(Review review, Instant now) {
        ListingScores scores = review.scores();
        em.createNativeQuery("""
                insert into reviews.listing_ratings (listing_id, review_count, overall_sum, cleanliness_sum, accuracy_sum,
                    communication_sum, location_sum, check_in_sum, value_sum, updated_at)
                values (:listing, 1, :overall, :cleanliness, :accuracy, :communication, :location, :checkIn, :value, :now)
                on conflict (listing_id) do update set review_count = listing_ratings.review_count + 1,
                    overall_sum = listing_ratings.overall_sum + excluded.overall_sum,
                    cleanliness_sum = listing_ratings.cleanliness_sum + excluded.cleanliness_sum,
                    accuracy_sum = listing_ratings.accuracy_sum + excluded.accuracy_sum,
                    communication_sum = listing_ratings.communication_sum + excluded.communication_sum,
                    location_sum = listing_ratings.location_sum + excluded.location_sum,
                    check_in_sum = listing_ratings.check_in_sum + excluded.check_in_sum,
                    value_sum = listing_ratings.value_sum + excluded.value_sum, updated_at = excluded.updated_at""")
                .setParameter("listing", review.listingId())
                .setParameter("overall", review.overall())
                .setParameter("cleanliness", scores.cleanliness())
                .setParameter("accuracy", scores.accuracy())
                .setParameter("communication", scores.communication())
                .setParameter("location", scores.location())
                .setParameter("checkIn", scores.checkIn())
                .setParameter("value", scores.value())
                .setParameter("now", now)
                .executeUpdate();
        return ofListing(review.listingId());
    }

    @Override
    public RatingSummary addToGuest(Review review, Instant now) {
        em.createNativeQuery("""
                insert into reviews.guest_ratings (guest_id, review_count, overall_sum, updated_at) values (:guest, 1, :overall, :now)
                on conflict (guest_id) do update set review_count = guest_ratings.review_count + 1,
                    overall_sum = guest_ratings.overall_sum + excluded.overall_sum, updated_at = excluded.updated_at""")
                .setParameter("guest", review.subjectId().value())
                .setParameter("overall", review.overall())
                .setParameter("now", now)
                .executeUpdate();
        return ofGuest(review.subjectId());
    }

    @Override
    public RatingSummary ofListing(UUID listingId) {
        List<?> rows = em.createNativeQuery("select review_count, overall_sum, cleanliness_sum, accuracy_sum, communication_sum,"
                        + " location_sum, check_in_sum, value_sum from reviews.listing_ratings where listing_id = :listing")
                .setParameter("listing", listingId).getResultList();
        if (rows.isEmpty()) {
            return RatingSummary.none();
        }
        Object[] row = (Object[]) rows.get(0);
        int count = ((Number) row[0]).intValue();
        Map<String, BigDecimal> aspects = new LinkedHashMap<>();
        for (int i = 0; i < ASPECTS.size(); i++) {
            aspects.put(jsonName(ASPECTS.get(i)), RatingSummary.average(((Number) row[i + 2]).longValue(), count));
        }
        return new RatingSummary(RatingSummary.average(((Number) row[1]).longValue(), count), count, aspects);
    }

    @Override
    public RatingSummary ofGuest(UserId guestId) {
        List<?> rows = em.createNativeQuery("select review_count, overall_sum from reviews.guest_ratings where guest_id = :guest")
                .setParameter("guest", guestId.value()).getResultList();
        if (rows.isEmpty()) {
            return RatingSummary.none();
        }
        Object[] row = (Object[]) rows.get(0);
        int count = ((Number) row[0]).intValue();
        return new RatingSummary(RatingSummary.average(((Number) row[1]).longValue(), count), count, Map.of());
    }

    private static String jsonName(String column) {
        return "check_in".equals(column) ? "checkIn" : column;
    }
}
