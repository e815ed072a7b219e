/** The double-entry ledger: every money movement as balanced debits and credits. */
package dev.staybook.payments.internal.ledger;
