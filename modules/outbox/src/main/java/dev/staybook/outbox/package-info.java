/**
 * How modules tell each other facts: events stored with the change that caused them, delivered to each
 * subscriber exactly once, in parallel and in batches, with failures retried, parked and shown per subscriber.
 */
package dev.staybook.outbox;
