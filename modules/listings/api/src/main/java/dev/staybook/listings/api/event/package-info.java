/** Facts listings announces as integration events, delivered to each subscriber exactly once (the outbox library). */
package dev.staybook.listings.api.event;
