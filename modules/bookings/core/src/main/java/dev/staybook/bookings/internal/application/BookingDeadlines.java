package dev.staybook.bookings.internal.application;

import static dev.staybook.bookings.internal.domain.BookingRepository.Deadline.CHECK_IN;
import static dev.staybook.bookings.internal.domain.BookingRepository.Deadline.CHECK_OUT;
import static dev.staybook.bookings.internal.domain.BookingRepository.Deadline.PAYMENT_DUE;
import static dev.staybook.bookings.internal.domain.BookingRepository.Deadline.RESPOND_BY;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.BookingRepository;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The time-driven transitions, a batch per transaction: unpaid holds and unanswered requests expire,
 * confirmed stays check in at the check-in time and complete at the check-out time. The deadlines are
 * columns, so nothing is lost on a restart; rows are locked with SKIP LOCKED, so several instances can
 * sweep at once without touching the same booking.
 */
@ApplicationScoped
@Transactional
public class BookingDeadlines {

    public static final int BATCH = 100;

    @Inject
    BookingRepository bookings;
    @Inject
    Outbox outbox;

    public int expireUnpaid(Instant now) {
        List<Booking> due = bookings.lockDue(BookingStatus.PENDING_PAYMENT, PAYMENT_DUE, now, BATCH);
        due.forEach(b -> expire(b, BookingExpired.Cause.UNPAID, "the payment was not completed in time", now));
        return due.size();
    }

    public int expireUnanswered(Instant now) {
        List<Booking> due = bookings.lockDue(BookingStatus.REQUESTED, RESPOND_BY, now, BATCH);
        due.forEach(b -> expire(b, BookingExpired.Cause.UNANSWERED, "the host did not answer in time", now));
        return due.size();
    }

    public int checkIn(Instant now) {
        List<Booking> due = bookings.lockDue(BookingStatus.CONFIRMED, CHECK_IN, now, BATCH);
        due.forEach(b -> b.checkIn(now));
        return due.size();
    }

    public int complete(Instant now) {
        List<Booking> due = bookings.lockDue(BookingStatus.CHECKED_IN, CHECK_OUT, now, BATCH);
        due.forEach(b -> {
            b.complete(now);
            outbox.publish(BookingEvents.completed(b, now));
        });
        return due.size();
    }

    private void expire(Booking booking, BookingExpired.Cause cause, String reason, Instant now) {
        booking.expire(reason, now);
        outbox.publish(BookingEvents.expired(booking, cause, reason, now));
    }
}
