package dev.staybook.payments.internal.persistence;

/**
 * When a payment's host share is paid out, written once for every statement that asks (SQL over
 * {@link #OWED_PAYMENTS}, the payments aliased {@code pay}): the stay is complete and no payout has taken the share
 * yet (the payment has an owed row, see {@link OwedShares}), the money was captured, and the host has an account at
 * the payment's gateway that may receive payouts. Money owed to a host without one waits, and the first run after
 * onboarding pays it.
 */
final class PayableRule {

    /** The payments whose host share waits for a payout, aliased {@code owed} and {@code pay}: to follow FROM. */
    static final String OWED_PAYMENTS = " payments.owed_shares owed join payments.payments pay on pay.id = owed.payment_id ";

    /** Of those, the ones that owe the host something: captured, not all refunded, a share left. */
    static final String OWED = " pay.status in ('CAPTURED', 'PARTIALLY_REFUNDED') and pay.host_payout > 0 ";

    /** The host can be paid at the payment's gateway. */
    static final String ACCOUNT_ENABLED = " exists (select 1 from payments.payout_accounts acc"
            + " where acc.host_id = pay.host_id and acc.gateway = pay.gateway and acc.payouts_enabled) ";

    /** Owed, payable before {@code :cutoff}, and payable to an enabled account: what a payout run pays. */
    static final String PAYABLE_BEFORE_CUTOFF = OWED + " and pay.payable_at < :cutoff and " + ACCOUNT_ENABLED;

    private PayableRule() {
    }
}
