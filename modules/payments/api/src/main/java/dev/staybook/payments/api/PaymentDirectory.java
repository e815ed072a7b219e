package dev.staybook.payments.api;

import dev.staybook.bookings.api.BookingId;
import java.util.Collection;
import java.util.Map;

/** Read access to payments for other modules. Callers check that the asker may see the bookings. */
public interface PaymentDirectory {

    /** The payments of several bookings in one query; bookings without a payment yet are left out. */
    Map<BookingId, PaymentSummary> summaries(Collection<BookingId> bookings);
}
