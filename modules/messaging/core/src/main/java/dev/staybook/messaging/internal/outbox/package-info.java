/** The messaging outbox: MessageSent stored with the message, then delivered at least once. */
package dev.staybook.messaging.internal.outbox;
