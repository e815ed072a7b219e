package dev.staybook.payments.internal.persistence;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.payments.api.PaymentDirectory;
import dev.staybook.payments.api.PaymentSummary;
import dev.staybook.payments.internal.domain.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Payments' answer to other modules' questions about payments. */
@ApplicationScoped
@Transactional
public class PaymentRecords implements PaymentDirectory {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Override
    public Map<BookingId, PaymentSummary> summaries(Collection<BookingId> bookings) {
        if (bookings.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Payment p where p.bookingId in :ids", Payment.class)
                .setParameter("ids", bookings.stream().map(BookingId::value).distinct().toList())
                .getResultStream()
                .map(p -> new PaymentSummary(new BookingId(p.bookingId()), p.status().name(), p.amount(), p.captured(), p.refunded()))
                .collect(Collectors.toMap(PaymentSummary::bookingId, Function.identity()));
    }
}
