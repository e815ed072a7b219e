/** Payment outcomes as integration events, delivered to each subscriber exactly once (the outbox library). */
package dev.staybook.payments.api.event;
