/** System tests of payments over HTTP: the payment lifecycle, the ledger, gateway webhooks, the nightly payout run and reconciliation. */
package dev.staybook.it.payments;
