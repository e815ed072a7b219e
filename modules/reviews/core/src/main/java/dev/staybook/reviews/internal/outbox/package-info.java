/** The reviews outbox and inbox: events stored with the change that caused them, then delivered at least once. */
package dev.staybook.reviews.internal.outbox;
