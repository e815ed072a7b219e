/** The payments module deployed alone: the simulated gateway, payments and the double-entry ledger, on bookings' events. */
package dev.staybook.moduletest.payments;
