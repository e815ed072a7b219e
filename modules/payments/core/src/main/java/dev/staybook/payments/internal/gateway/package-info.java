/** Payment gateways behind one interface: Stripe, and a simulated one for offline use. */
package dev.staybook.payments.internal.gateway;
