/** Payment outcomes as integration events, delivered at least once through the payments outbox. */
package dev.staybook.payments.api.event;
