package dev.staybook.bookings.internal.persistence;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.StayRegister;
import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The stays active bookings hold, read through the overlap constraint's index: the same range expression and
 * status condition, so that the planner can use it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HeldStays implements StayRegister {

    private static final String ACTIVE = Arrays.stream(BookingStatus.values()).filter(BookingStatus::isActive)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
    /** Active bookings of listing ?1 whose stay, widened by the preparation days, overlaps ?2 to ?3 (null: open). */
    private static final String HELD = " FROM bookings.bookings WHERE listing_id = ?1 AND status IN (" + ACTIVE + ")"
            + " AND daterange(check_in, check_out + preparation_days, '[)') && daterange(CAST(?2 AS date), %s, '[)')";

    @PersistenceContext(unitName = "bookings")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<DateRange> staysHeld(ListingId listing, DateRange span) {
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(check_in AS text), CAST(check_out AS text)" + HELD.formatted("CAST(?3 AS date)")
                        + " AND daterange(check_in, check_out, '[)') && daterange(CAST(?2 AS date), CAST(?3 AS date), '[)') ORDER BY check_in")
                .setParameter(1, listing.value()).setParameter(2, span.checkIn().toString()).setParameter(3, span.checkOut().toString())
                .getResultList();
        return rows.stream().map(row -> new DateRange(LocalDate.parse((String) row[0]), LocalDate.parse((String) row[1]))).toList();
    }

    @Override
    public boolean holdsStaysEndingAfter(ListingId listing, LocalDate day) {
        return !em.createNativeQuery("SELECT 1" + HELD.formatted("NULL") + " AND check_out > CAST(?2 AS date) LIMIT 1")
                .setParameter(1, listing.value()).setParameter(2, day.toString())
                .getResultList().isEmpty();
    }
}
