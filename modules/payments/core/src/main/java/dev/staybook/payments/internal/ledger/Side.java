package dev.staybook.payments.internal.ledger;

/** Which side of an account an entry is on. */
public enum Side {
    DEBIT,
    CREDIT
}
