package dev.staybook.payments.internal.application;

import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The refused captures whose next attempt is due, a batch per transaction. The due time is a column, so a
 * restart loses no retry; rows are locked with SKIP LOCKED, so several instances can retry at once and an
 * event about the same booking (a cancellation that voids it) is never overtaken.
 */
@ApplicationScoped
@Transactional
public class CaptureRetries {

    public static final int BATCH = 20;

    @Inject
    PaymentRepository payments;
    @Inject
    CaptureAttempts captures;

    /** Retries up to {@link #BATCH} due captures; returns how many it tried. */
    public int retryDue(Instant now) {
        List<Payment> due = payments.lockCapturesDue(now, BATCH);
        due.forEach(payment -> captures.attempt(payment, payment.captureHostPayout(), payment.captureTaxes(), now).callAndComplete());
        return due.size();
    }
}
