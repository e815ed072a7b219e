/** Jakarta Batch artifacts of the nightly host payout run and its reconciliation. */
package dev.staybook.payments.internal.batch;
