package dev.staybook.payments.internal.persistence;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.Money;
import dev.staybook.payments.api.PaymentDirectory;
import dev.staybook.payments.api.PaymentSummary;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.SupportRefund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        List<UUID> ids = bookings.stream().map(BookingId::value).distinct().toList();
        Map<UUID, BigDecimal> bySupport = em.createQuery("select r.bookingId, sum(r.amount) from SupportRefund r"
                        + " where r.bookingId in :ids and r.status = :succeeded group by r.bookingId", Object[].class)
                .setParameter("ids", ids).setParameter("succeeded", SupportRefund.Status.SUCCEEDED)
                .getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (BigDecimal) row[1]));
        return em.createQuery("select p from Payment p where p.bookingId in :ids", Payment.class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(p -> new PaymentSummary(new BookingId(p.bookingId()), p.status().name(), p.amount(), p.captured(), p.refunded(),
                        Money.rounded(bySupport.getOrDefault(p.bookingId(), BigDecimal.ZERO), p.currency())))
                .collect(Collectors.toMap(PaymentSummary::bookingId, Function.identity()));
    }
}
