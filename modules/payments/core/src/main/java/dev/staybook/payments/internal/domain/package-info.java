/** Payments of bookings: authorization, capture, void, refund, and what each gateway call did. */
package dev.staybook.payments.internal.domain;
