package dev.staybook.bookings.internal.domain;

import static dev.staybook.bookings.api.BookingStatus.CANCELLED_BY_GUEST;
import static dev.staybook.bookings.api.BookingStatus.CANCELLED_BY_HOST;
import static dev.staybook.bookings.api.BookingStatus.CANCELLED_UNPAID;
import static dev.staybook.bookings.api.BookingStatus.CHECKED_IN;
import static dev.staybook.bookings.api.BookingStatus.COMPLETED;
import static dev.staybook.bookings.api.BookingStatus.CONFIRMED;
import static dev.staybook.bookings.api.BookingStatus.DECLINED;
import static dev.staybook.bookings.api.BookingStatus.EXPIRED;
import static dev.staybook.bookings.api.BookingStatus.PENDING_PAYMENT;
import static dev.staybook.bookings.api.BookingStatus.REQUESTED;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.kernel.error.Conflict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The booking state machine: which status may follow which. Anything else is refused with 409. */
public final class Lifecycle {

    private static final Map<BookingStatus, Set<BookingStatus>> NEXT = Map.of(
            PENDING_PAYMENT, EnumSet.of(REQUESTED, CONFIRMED, EXPIRED, CANCELLED_BY_GUEST),
            REQUESTED, EnumSet.of(CONFIRMED, DECLINED, EXPIRED, CANCELLED_BY_GUEST),
            CONFIRMED, EnumSet.of(CHECKED_IN, CANCELLED_BY_GUEST, CANCELLED_BY_HOST, CANCELLED_UNPAID),
            CHECKED_IN, EnumSet.of(COMPLETED));

    private Lifecycle() {
    }

    public static boolean allows(BookingStatus from, BookingStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    public static void requireAllowed(BookingStatus from, BookingStatus to) {
        if (!allows(from, to)) {
            throw new Conflict("illegal-transition", refusal(from, to));
        }
    }

    /** Says where the booking stands, as a guest or host who tapped twice or too late would want to read it. */
    private static String refusal(BookingStatus from, BookingStatus to) {
        if (from == to) {
            return "The booking is already %s.".formatted(describe(from));
        }
        if (!NEXT.containsKey(from)) {
            return "The booking is %s: it does not change any more.".formatted(describe(from));
        }
        return "A %s booking cannot become %s.".formatted(describe(from), describe(to));
    }

    private static String describe(BookingStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }
}
