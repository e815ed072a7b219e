package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarChange;
import dev.staybook.listings.internal.domain.CalendarEntry;
import dev.staybook.listings.internal.domain.CalendarRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The calendar in plain SQL: changes touch up to hundreds of nights at once and are written set-based
 * (generate_series, unnest) instead of one entity per night. Shares the transaction's connection.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlCalendarRepository implements CalendarRepository {

    private static final String NIGHTS = " FROM generate_series(?::date, ?::date - 1, interval '1 day') AS n";
    private static final String DROP_EMPTY = "DELETE FROM listings.calendar_days WHERE listing_id = ? AND night >= ?::date"
            + " AND night < ?::date AND NOT blocked AND price_override IS NULL";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public List<CalendarEntry> entries(ListingId listing, DateRange span) {
        return query(new SqlStatement("SELECT night, blocked, block_note, price_override FROM listings.calendar_days"
                        + " WHERE listing_id = ? AND night >= ?::date AND night < ?::date ORDER BY night",
                        List.of(listing.value(), span.checkIn().toString(), span.checkOut().toString())),
                rows -> new CalendarEntry(rows.getObject(1, LocalDate.class), rows.getBoolean(2), rows.getString(3), rows.getBigDecimal(4)));
    }

    @Override
    public List<DateRange> bookedStays(ListingId listing, DateRange span) {
        return query(new SqlStatement("SELECT check_in, check_out FROM listings.booked_stays WHERE listing_id = ?"
                        + " AND daterange(check_in, check_out) && daterange(?::date, ?::date)",
                        List.of(listing.value(), span.checkIn().toString(), span.checkOut().toString())),
                rows -> new DateRange(rows.getObject(1, LocalDate.class), rows.getObject(2, LocalDate.class)));
    }

    @Override
    public void apply(ListingId listing, CalendarChange change) {
        Object id = listing.value();
        String from = change.nights().checkIn().toString();
        String to = change.nights().checkOut().toString();
        if (change.availability() == CalendarChange.Availability.BLOCKED) {
            update("INSERT INTO listings.calendar_days (listing_id, night, blocked, block_note) SELECT ?, n::date, true, ?" + NIGHTS
                    + " ON CONFLICT (listing_id, night) DO UPDATE SET blocked = true, block_note = EXCLUDED.block_note,"
                    + " subscription_id = NULL", id, change.note(), from, to);
        } else if (change.availability() == CalendarChange.Availability.AVAILABLE) {
            update("UPDATE listings.calendar_days SET blocked = false, block_note = NULL, subscription_id = NULL"
                    + " WHERE listing_id = ? AND night >= ?::date AND night < ?::date", id, from, to);
        }
        if (change.price() != null && change.price().price() != null) {
            update("INSERT INTO listings.calendar_days (listing_id, night, price_override) SELECT ?, n::date, ?" + NIGHTS
                    + " ON CONFLICT (listing_id, night) DO UPDATE SET price_override = EXCLUDED.price_override",
                    id, change.price().price().amount(), from, to);
        } else if (change.price() != null) {
            update("UPDATE listings.calendar_days SET price_override = NULL"
                    + " WHERE listing_id = ? AND night >= ?::date AND night < ?::date", id, from, to);
        }
        update(DROP_EMPTY, id, from, to);
    }

    @Override
    public int block(ListingId listing, Map<LocalDate, String> notesByNight) {
        if (notesByNight.isEmpty()) {
            return 0;
        }
        String[] nights = notesByNight.keySet().stream().map(LocalDate::toString).toArray(String[]::new);
        String[] notes = notesByNight.keySet().stream().map(notesByNight::get).toArray(String[]::new);
        return update("INSERT INTO listings.calendar_days (listing_id, night, blocked, block_note)"
                + " SELECT ?, n.night::date, true, n.note FROM unnest(?::text[], ?::text[]) AS n (night, note)"
                + " ON CONFLICT (listing_id, night) DO UPDATE SET blocked = true, block_note = EXCLUDED.block_note, subscription_id = NULL",
                listing.value(), nights, notes);
    }

    @Override
    public boolean replaceSubscriptionNights(ListingId listing, UUID subscription, DateRange span, Map<LocalDate, String> notesByNight) {
        String[] nights = notesByNight.keySet().stream().map(LocalDate::toString).toArray(String[]::new);
        String[] notes = notesByNight.keySet().stream().map(notesByNight::get).toArray(String[]::new);
        String from = span.checkIn().toString();
        String to = span.checkOut().toString();
        int released = update("UPDATE listings.calendar_days SET blocked = false, block_note = NULL, subscription_id = NULL"
                + " WHERE listing_id = ? AND subscription_id = ? AND night >= ?::date AND night < ?::date AND night <> ALL (?::date[])",
                listing.value(), subscription, from, to, nights);
        // only free nights and the subscription's own, whose note changed: a rerun of the same feed writes nothing
        int blocked = update("INSERT INTO listings.calendar_days (listing_id, night, blocked, block_note, subscription_id)"
                + " SELECT ?, n.night::date, true, n.note, ? FROM unnest(?::text[], ?::text[]) AS n (night, note)"
                + " ON CONFLICT (listing_id, night) DO UPDATE SET blocked = true, block_note = EXCLUDED.block_note,"
                + " subscription_id = EXCLUDED.subscription_id WHERE NOT calendar_days.blocked"
                + " OR (calendar_days.subscription_id = EXCLUDED.subscription_id AND calendar_days.block_note IS DISTINCT FROM EXCLUDED.block_note)",
                listing.value(), subscription, nights, notes);
        update(DROP_EMPTY, listing.value(), from, to);
        return released + blocked > 0;
    }

    @Override
    public int releaseSubscriptionNights(ListingId listing, UUID subscription) {
        int released = update("UPDATE listings.calendar_days SET blocked = false, block_note = NULL, subscription_id = NULL"
                + " WHERE listing_id = ? AND subscription_id = ?", listing.value(), subscription);
        update("DELETE FROM listings.calendar_days WHERE listing_id = ? AND NOT blocked AND price_override IS NULL", listing.value());
        return released;
    }

    @Override
    public void clearPriceOverrides(ListingId listing) {
        update("UPDATE listings.calendar_days SET price_override = NULL WHERE listing_id = ? AND price_override IS NOT NULL", listing.value());
        update("DELETE FROM listings.calendar_days WHERE listing_id = ? AND NOT blocked AND price_override IS NULL", listing.value());
    }

    @Override
    public boolean hold(UUID bookingId, ListingId listing, DateRange stay) {
        return update("INSERT INTO listings.booked_stays (booking_id, listing_id, check_in, check_out) VALUES (?, ?, ?::date, ?::date)"
                + " ON CONFLICT (booking_id) DO UPDATE SET listing_id = EXCLUDED.listing_id, check_in = EXCLUDED.check_in,"
                + " check_out = EXCLUDED.check_out WHERE (booked_stays.listing_id, booked_stays.check_in, booked_stays.check_out)"
                + " IS DISTINCT FROM (EXCLUDED.listing_id, EXCLUDED.check_in, EXCLUDED.check_out)",
                bookingId, listing.value(), stay.checkIn().toString(), stay.checkOut().toString()) > 0;
    }

    @Override
    public Optional<ListingId> release(UUID bookingId) {
        return query(new SqlStatement("DELETE FROM listings.booked_stays WHERE booking_id = ? RETURNING listing_id", List.of(bookingId)),
                rows -> new ListingId(rows.getObject(1, UUID.class))).stream().findFirst();
    }

    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = new SqlStatement(sql, java.util.Arrays.asList(values)).prepare(connection)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("calendar update failed", e);
        }
    }

    private <T> List<T> query(SqlStatement sql, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("calendar query failed", e);
        }
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
