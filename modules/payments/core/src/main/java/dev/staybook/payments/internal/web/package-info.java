/** REST resources for a booking's payments, host payouts and gateway webhooks. */
package dev.staybook.payments.internal.web;
