package dev.staybook.bookings.internal.domain;

import dev.staybook.bookings.api.BookingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All bookings. */
public interface BookingRepository {

    Optional<Booking> find(UUID id);

    /** Adds the booking and flushes, so that an overlap with another active booking fails here (409). */
    void add(Booking booking);

    /**
     * The payment deadlines of the guest's unpaid bookings, earliest first; held until the transaction ends, so
     * that the same guest's concurrent bookings are counted one after the other.
     */
    List<Instant> lockUnpaidDeadlinesOf(UUID guestId);

    /** A page of a guest's bookings, newest first, after the position (null for the first page). */
    List<Booking> pageForGuest(UUID guestId, BookingStatus status, Position after, int limit);

    /** A page of the bookings of a host's listings, newest first, after the position. */
    List<Booking> pageForHost(UUID hostId, BookingStatus status, Position after, int limit);

    /** Where a page ends: the creation time and id of its last booking. */
    record Position(Instant createdAt, UUID id) {
    }

    /**
     * Locks up to {@code limit} bookings in {@code status} whose deadline column is at or before
     * {@code now}, skipping rows another instance has locked: the deadline sweep stays safe on several
     * instances without double work.
     */
    List<Booking> lockDue(BookingStatus status, Deadline deadline, Instant now, int limit);

    /** The time columns the sweep watches. */
    enum Deadline {
        PAYMENT_DUE("payment_due_at"), RESPOND_BY("respond_by"), CHECK_IN("check_in_at"), CHECK_OUT("check_out_at");

        private final String column;

        Deadline(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }
}
