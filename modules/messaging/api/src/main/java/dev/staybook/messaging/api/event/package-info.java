/** Messages as integration events, delivered at least once through the messaging outbox. */
package dev.staybook.messaging.api.event;
