package dev.staybook.payments.internal.ledger;

/**
 * The ledger's accounts. Money received from guests is debited to GUEST_PAYMENTS and credited to what
 * it is owed to: the host (HOST_PAYABLE), the platform (PLATFORM_FEES) and the tax authorities
 * (TAXES_PAYABLE). Money leaving is credited to REFUNDS (back to guests) or PAYOUTS (to hosts). A chargeback
 * moves the host's share of the disputed amount to DISPUTE_HOLDS while it is open; a lost one leaves to
 * CHARGEBACKS (back to the cardholder, through their bank).
 */
public enum Account {
    GUEST_PAYMENTS,
    HOST_PAYABLE,
    PLATFORM_FEES,
    TAXES_PAYABLE,
    REFUNDS,
    PAYOUTS,
    DISPUTE_HOLDS,
    CHARGEBACKS
}
