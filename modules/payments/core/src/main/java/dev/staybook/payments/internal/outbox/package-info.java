/** The payments outbox: payment outcomes stored with the change that caused them, delivered at least once. */
package dev.staybook.payments.internal.outbox;
