package dev.staybook.payments.internal.ledger;

import static dev.staybook.bookings.api.PriceLineKind.TAXES;
import static dev.staybook.payments.internal.ledger.Account.CHARGEBACKS;
import static dev.staybook.payments.internal.ledger.Account.DISPUTE_HOLDS;
import static dev.staybook.payments.internal.ledger.Account.GUEST_PAYMENTS;
import static dev.staybook.payments.internal.ledger.Account.HOST_PAYABLE;
import static dev.staybook.payments.internal.ledger.Account.PAYOUTS;
import static dev.staybook.payments.internal.ledger.Account.PLATFORM_FEES;
import static dev.staybook.payments.internal.ledger.Account.REFUNDS;
import static dev.staybook.payments.internal.ledger.Account.TAXES_PAYABLE;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import java.util.List;
import java.util.UUID;

/**
 * The postings of each money movement. A capture splits the guest's payment into what the host is owed,
 * the taxes collected and the platform's fees (the guest service fee and the host service fee). A refund
 * reverses those shares in proportion: the host's by how much their payout shrank, the taxes by the taxes
 * refunded, the platform's by the rest. A payout settles what the host is owed; a refused transfer owes it again.
 *
 * <p>A support refund comes out of the host's share, the taxes and the platform's fees as the payment splits it
 * ({@code Payment.sharesOf}); if the host was already paid, HOST_PAYABLE goes negative for them. A chargeback
 * moves the host's share of the disputed amount from HOST_PAYABLE to DISPUTE_HOLDS; won, it moves back; lost,
 * the held share, the taxes and the platform's fees pay CHARGEBACKS.
 */
public final class Postings {

    private Postings() {
    }

    public static Posting capture(UUID id, UUID bookingId, Money guestTotal, Money hostPayout, List<PriceLine> lines) {
        return capture(id, bookingId, guestTotal, hostPayout, taxesOf(lines, guestTotal));
    }

    /** The same split with the taxes already summed (a retried capture keeps only the sums of its booking's lines). */
    public static Posting capture(UUID id, UUID bookingId, Money guestTotal, Money hostPayout, Money taxes) {
        return Posting.of(Posting.Kind.CAPTURE, id, guestTotal.currency()).booking(bookingId)
                .debit(GUEST_PAYMENTS, guestTotal)
                .credit(HOST_PAYABLE, hostPayout)
                .credit(TAXES_PAYABLE, taxes)
                .credit(PLATFORM_FEES, guestTotal.minus(hostPayout).minus(taxes))
                .build();
    }

    /** A refund of {@code refund}; the host's payout went from {@code payoutBefore} to {@code payoutAfter}. */
    public static Posting refund(UUID id, UUID bookingId, Money refund, List<PriceLine> refundLines,
                                 Money payoutBefore, Money payoutAfter) {
        Money taxes = amountOf(refundLines, refund, TAXES);
        Money fromHost = payoutBefore.minus(payoutAfter);
        return Posting.of(Posting.Kind.REFUND, id, refund.currency()).booking(bookingId)
                .debit(HOST_PAYABLE, fromHost)
                .debit(TAXES_PAYABLE, taxes)
                .debit(PLATFORM_FEES, refund.minus(fromHost).minus(taxes))
                .credit(REFUNDS, refund)
                .build();
    }

    /** A refund support gave, {@code fromHost} of it from the host's share and {@code fromTaxes} from the taxes. */
    public static Posting supportRefund(UUID id, UUID bookingId, Money refund, Money fromHost, Money fromTaxes) {
        return refundOfShares(id, bookingId, refund, fromHost, fromTaxes);
    }

    /** A refund whose shares were worked out by the payment ({@code fromHost}, {@code fromTaxes}, the platform the rest). */
    public static Posting refundOfShares(UUID id, UUID bookingId, Money refund, Money fromHost, Money fromTaxes) {
        return Posting.of(Posting.Kind.REFUND, id, refund.currency()).booking(bookingId)
                .debit(HOST_PAYABLE, fromHost)
                .debit(TAXES_PAYABLE, fromTaxes)
                .debit(PLATFORM_FEES, refund.minus(fromHost).minus(fromTaxes))
                .credit(REFUNDS, refund)
                .build();
    }

    /** The host's share of a disputed amount is held while the dispute is open. */
    public static Posting disputeHold(UUID id, UUID bookingId, Money held) {
        return Posting.of(Posting.Kind.DISPUTE_HOLD, id, held.currency()).booking(bookingId)
                .debit(HOST_PAYABLE, held)
                .credit(DISPUTE_HOLDS, held)
                .build();
    }

    /** A won dispute gives the held share back to the host. */
    public static Posting disputeRelease(UUID id, UUID bookingId, Money held) {
        return Posting.of(Posting.Kind.DISPUTE_RELEASE, id, held.currency()).booking(bookingId)
                .debit(DISPUTE_HOLDS, held)
                .credit(HOST_PAYABLE, held)
                .build();
    }

    /** A lost dispute: the disputed amount leaves, the held host share first, then the taxes, the platform the rest. */
    public static Posting disputeLoss(UUID id, UUID bookingId, Money disputed, Money held, Money fromTaxes) {
        return Posting.of(Posting.Kind.DISPUTE_LOSS, id, disputed.currency()).booking(bookingId)
                .debit(DISPUTE_HOLDS, held)
                .debit(TAXES_PAYABLE, fromTaxes)
                .debit(PLATFORM_FEES, disputed.minus(held).minus(fromTaxes))
                .credit(CHARGEBACKS, disputed)
                .build();
    }

    public static Posting payout(UUID id, UUID payoutId, Money amount) {
        return Posting.of(Posting.Kind.PAYOUT, id, amount.currency()).payout(payoutId)
                .debit(HOST_PAYABLE, amount)
                .credit(PAYOUTS, amount)
                .build();
    }

    /**
     * A transfer the gateway refused: the money never left, so the host is owed it again (the reverse of
     * {@link #payout}). A retried transfer posts {@link #payout} anew.
     */
    public static Posting payoutReturned(UUID id, UUID payoutId, Money amount) {
        return Posting.of(Posting.Kind.PAYOUT, id, amount.currency()).payout(payoutId)
                .debit(PAYOUTS, amount)
                .credit(HOST_PAYABLE, amount)
                .build();
    }

    /** The taxes among the guest's price lines, in the currency of {@code like}. */
    public static Money taxesOf(List<PriceLine> lines, Money like) {
        return amountOf(lines, like, TAXES);
    }

    private static Money amountOf(List<PriceLine> lines, Money like, PriceLineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(PriceLine::amount)
                .reduce(Money.zero(like.currency()), Money::plus);
    }
}
