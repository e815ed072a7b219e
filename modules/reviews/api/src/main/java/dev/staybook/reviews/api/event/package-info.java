/** Reviews and rating aggregates as integration events, delivered to each subscriber exactly once (the outbox library). */
package dev.staybook.reviews.api.event;
