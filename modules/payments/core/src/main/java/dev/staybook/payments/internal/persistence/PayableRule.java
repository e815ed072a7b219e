package dev.staybook.payments.internal.persistence;

/**
 * When a payment's host share is paid out, written once for every statement that asks (SQL over the
 * payments table aliased {@code pay}): the stay is complete ({@code payable_at} set), the money was
 * captured, no payout has taken it yet, and the host has an account at the payment's gateway that may
 * receive payouts. Money owed to a host without one waits, and the first run after onboarding pays it.
 */
final class PayableRule {

    /** The host is owed the payment's share and no payout has taken it. */
    static final String OWED = " pay.payout_id is null and pay.payable_at is not null"
            + " and pay.status in ('CAPTURED', 'PARTIALLY_REFUNDED') and pay.host_payout > 0 ";

    /** The host can be paid at the payment's gateway. */
    static final String ACCOUNT_ENABLED = " exists (select 1 from payments.payout_accounts acc"
            + " where acc.host_id = pay.host_id and acc.gateway = pay.gateway and acc.payouts_enabled) ";

    /** Owed, payable before {@code :cutoff}, and payable to an enabled account: what a payout run pays. */
    static final String PAYABLE_BEFORE_CUTOFF = OWED + " and pay.payable_at < :cutoff and " + ACCOUNT_ENABLED;

    private PayableRule() {
    }
}
