/** A stand-in module's published events, for the outbox library's tests. */
package dev.staybook.sample.api.event;
