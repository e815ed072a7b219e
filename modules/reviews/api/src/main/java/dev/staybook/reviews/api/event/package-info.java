/** Reviews and rating aggregates as integration events, delivered at least once through the reviews outbox. */
package dev.staybook.reviews.api.event;
