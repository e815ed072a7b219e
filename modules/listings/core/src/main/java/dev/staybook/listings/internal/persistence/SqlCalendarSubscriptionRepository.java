package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarSubscription;
import dev.staybook.listings.internal.domain.CalendarSubscription.SyncState;
import dev.staybook.listings.internal.domain.CalendarSubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Calendar subscriptions in SQL, run as Hibernate native queries (so that a request's statement count sees them). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlCalendarSubscriptionRepository implements CalendarSubscriptionRepository {

    private static final String SUBSCRIPTION = "SELECT id, listing_id, name, url, created_at, next_sync_at, last_synced_at,"
            + " imported_events, blocked_nights, double_booked, last_failed_at, last_error FROM listings.calendar_subscriptions";

    @PersistenceContext(unitName = "listings")
    EntityManager em;

    @Override
    public long lockAndCount(ListingId listing) {
        rows("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('listings.calendar_subscriptions:' || ?, 0))",
                listing.value().toString());
        return ((Number) query("SELECT count(*) FROM listings.calendar_subscriptions WHERE listing_id = ?", listing.value())
                .getSingleResult()).longValue();
    }

    @Override
    public boolean add(CalendarSubscription subscription) {
        return update("INSERT INTO listings.calendar_subscriptions (id, listing_id, name, url, created_at, next_sync_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (listing_id, url) DO NOTHING", subscription.id(), subscription.listing().value(),
                subscription.name(), subscription.url().toString(), subscription.createdAt(), subscription.createdAt()) > 0;
    }

    @Override
    public Optional<CalendarSubscription> find(ListingId listing, UUID id) {
        return rows(SUBSCRIPTION + " WHERE listing_id = ? AND id = ?", listing.value(), id).stream().map(this::subscription).findFirst();
    }

    @Override
    public Optional<CalendarSubscription> lock(UUID id) {
        return rows(SUBSCRIPTION + " WHERE id = ? FOR UPDATE", id).stream().map(this::subscription).findFirst();
    }

    @Override
    public List<CalendarSubscription> ofListing(ListingId listing) {
        return rows(SUBSCRIPTION + " WHERE listing_id = ? ORDER BY created_at, id", listing.value()).stream().map(this::subscription).toList();
    }

    @Override
    public void delete(UUID id) {
        update("DELETE FROM listings.calendar_subscriptions WHERE id = ?", id);
    }

    @Override
    public List<CalendarSubscription> claimDue(Instant now, Instant next, int limit) {
        // SKIP LOCKED: two servers (or a sync-now holding a row) never take the same subscription; an archived
        // listing's calendar never changes again, so its feeds are not fetched any more
        List<CalendarSubscription> due = rows(SUBSCRIPTION + " WHERE next_sync_at <= ? AND NOT EXISTS (SELECT 1 FROM listings.listings l"
                + " WHERE l.id = calendar_subscriptions.listing_id AND l.status = 'ARCHIVED') ORDER BY next_sync_at LIMIT ? FOR UPDATE SKIP LOCKED",
                now, limit).stream().map(this::subscription).toList();
        due.forEach(subscription -> update("UPDATE listings.calendar_subscriptions SET next_sync_at = ? WHERE id = ?", next, subscription.id()));
        return due;
    }

    @Override
    public void recordSuccess(UUID id, Instant at, int importedEvents, int blockedNights, List<DateRange> doubleBooked) {
        update("UPDATE listings.calendar_subscriptions SET last_synced_at = ?, imported_events = ?, blocked_nights = ?,"
                + " double_booked = ? WHERE id = ?", at, importedEvents, blockedNights, isoIntervals(doubleBooked), id);
    }

    @Override
    public void recordFailure(UUID id, Instant at, String error) {
        String reason = error.length() > 300 ? error.substring(0, 299) + "…" : error;
        update("UPDATE listings.calendar_subscriptions SET last_failed_at = ?, last_error = ? WHERE id = ?", at, reason, id);
    }

    private CalendarSubscription subscription(Object[] row) {
        return new CalendarSubscription((UUID) row[0], new ListingId((UUID) row[1]), (String) row[2], URI.create((String) row[3]),
                instant(row[4]), new SyncState(instant(row[5]), instant(row[6]), (Integer) row[7], (Integer) row[8],
                        dateRanges((String) row[9]), instant(row[10]), (String) row[11]));
    }

    /** Ranges as ISO 8601 intervals of dates ("2027-05-01/2027-05-04", the end excluded as a check-out), space-separated. */
    private static String isoIntervals(List<DateRange> ranges) {
        return ranges.stream().map(range -> range.checkIn() + "/" + range.checkOut()).collect(Collectors.joining(" "));
    }

    private static List<DateRange> dateRanges(String isoIntervals) {
        if (isoIntervals == null) {
            return null;
        }
        return Arrays.stream(isoIntervals.split(" ")).filter(interval -> !interval.isEmpty()).map(interval -> {
            int slash = interval.indexOf('/');
            return new DateRange(LocalDate.parse(interval.substring(0, slash)), LocalDate.parse(interval.substring(slash + 1)));
        }).toList();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) value).toInstant();
    }

    /** Binds ?1, ?2, ... in order (a space ends each label, so that a cast after it is not read as part of it). */
    private Query query(String sql, Object... values) {
        StringBuilder numbered = new StringBuilder();
        int position = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(++position).append(' ');
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... values) {
        return query(sql, values).getResultList();
    }

    private int update(String sql, Object... values) {
        return query(sql, values).executeUpdate();
    }
}
