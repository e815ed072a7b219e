/** Thin transactional services: react to bookings, record gateway outcomes, answer queries. */
package dev.staybook.payments.internal.application;
