package dev.staybook.payments.internal.application;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentRepository;
import dev.staybook.payments.internal.domain.SupportRefundRepository;
import dev.staybook.payments.internal.persistence.OwedShares;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reading payments: only the booking's guest, its host and administrators see them. */
@ApplicationScoped
@Transactional
public class PaymentQueries {

    @Inject
    PaymentRepository payments;
    @Inject
    SupportRefundRepository supportRefunds;
    @Inject
    OwedShares owedShares;

    public PaymentView ofBooking(Caller caller, UUID bookingId) {
        Payment payment = payments.findByBooking(bookingId)
                .filter(p -> caller.id().value().equals(p.guestId()) || caller.id().value().equals(p.hostId()) || caller.isAdmin())
                .orElseThrow(() -> new NotFound("payment-not-found", "There is no payment for this booking that you may see."));
        return PaymentView.of(payment, owedShares.payoutOf(payment.id()).orElse(null), supportRefunds.ofBooking(bookingId));
    }
}
