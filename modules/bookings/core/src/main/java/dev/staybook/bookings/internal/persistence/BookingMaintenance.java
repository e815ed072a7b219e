package dev.staybook.bookings.internal.persistence;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Bookings' nightly clean-up: old Idempotency-Key records, and the status history of bookings that ended
 * (final status) longer ago than the history retention, which moves to {@code booking_transitions_archive}. Expired holds and lapsed requests are bookings in their final
 * status ({@code EXPIRED}, {@code DECLINED}): records guests and hosts still see, so they are kept; no
 * other hold is stored.
 */
@ApplicationScoped
public class BookingMaintenance implements MaintenanceTask {

    private static final String FINAL_STATUSES = "'COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST', 'CANCELLED_UNPAID'";
    private static final String PURGE_IDEMPOTENCY_KEYS = ChunkedStatement.deleteWhere("bookings.booking_idempotency_keys",
            "created_at < ?");
    // one statement moves each chunk, so a row is never lost between the two tables nor in both
    private static final String ARCHIVE_HISTORY = """
            WITH moved AS (
                DELETE FROM bookings.booking_transitions t
                WHERE t.ctid = ANY (ARRAY (
                    SELECT h.ctid FROM bookings.bookings b JOIN bookings.booking_transitions h ON h.booking_id = b.id
                    WHERE b.status IN (%s) AND b.updated_at < ? LIMIT ?))
                RETURNING t.id, t.booking_id, t.from_status, t.to_status, t.actor_kind, t.actor_id, t.reason, t.occurred_at)
            INSERT INTO bookings.booking_transitions_archive
                (id, booking_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at, archived_at)
            SELECT moved.*, now() FROM moved""".formatted(FINAL_STATUSES);

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "bookings";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        var chunks = new ChunkedStatement(dataSource::getConnection, retentions.chunkSize());
        return chunks.repeat(PURGE_IDEMPOTENCY_KEYS, retentions.before(retentions.idempotencyKeys()))
                + chunks.repeat(ARCHIVE_HISTORY, retentions.before(retentions.history()));
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection, "ANALYZE bookings.bookings, bookings.booking_nights,"
                + " bookings.booking_transitions, bookings.booking_idempotency_keys");
        return 4;
    }
}
