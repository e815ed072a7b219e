package dev.staybook.payments.internal.persistence;

import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which payments' host shares wait for a payout run (table owed_shares) and which payout took each paid one
 * (payout_items). A run pays a share by deleting its owed row, never by updating the payment
 * ({@link PayoutStore#createPayouts}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OwedShares {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** The stay is over: the payment's host share waits for a payout run from now on. */
    public void owe(Payment payment) {
        em.createNativeQuery("insert into payments.owed_shares (payment_id, host_id, currency) values (:payment, :host, :currency)"
                        + " on conflict (payment_id) do nothing")
                .setParameter("payment", payment.id()).setParameter("host", payment.hostId())
                .setParameter("currency", payment.currency().getCurrencyCode()).executeUpdate();
    }

    /**
     * Whether a payout run took the payment's host share, for a change to that share (a refund, a dispute): if not,
     * the change goes to the payment, else to the host's balance. A run pays by deleting owed rows without touching the
     * payment, so this deletes the payment's owed row and writes it again: a run that is paying it now either committed
     * first (the delete waits for it, then finds nothing: paid out) or skips it, the row it meant to delete being gone,
     * and a later run pays the changed share. A fully refunded payment owes the host nothing more: its row is dropped.
     */
    public boolean paidOut(Payment payment) {
        boolean owed = em.createNativeQuery("delete from payments.owed_shares where payment_id = :payment")
                .setParameter("payment", payment.id()).executeUpdate() == 1;
        if (owed && payment.status() != PaymentStatus.REFUNDED) {
            owe(payment);
        }
        return !owed && payoutOf(payment.id()).isPresent();
    }

    /** The payout that took the payment's host share, if one did. */
    public Optional<UUID> payoutOf(UUID paymentId) {
        @SuppressWarnings("unchecked")
        List<UUID> payouts = em.createNativeQuery("select payout_id from payments.payout_items where payment_id = :payment")
                .setParameter("payment", paymentId).getResultList();
        return payouts.stream().findFirst();
    }
}
