package dev.staybook.moduletest.bookings;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.payments.api.PaymentDirectory;
import dev.staybook.payments.api.PaymentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test double of payments' published {@link PaymentDirectory}: the payments a test records, none by default. */
@ApplicationScoped
public class RecordedPayments implements PaymentDirectory {

    private final Map<BookingId, PaymentSummary> payments = new ConcurrentHashMap<>();

    public void record(PaymentSummary payment) {
        payments.put(payment.bookingId(), payment);
    }

    @Override
    public Map<BookingId, PaymentSummary> summaries(Collection<BookingId> bookings) {
        return bookings.stream().filter(payments::containsKey).collect(Collectors.toMap(Function.identity(), payments::get));
    }
}
