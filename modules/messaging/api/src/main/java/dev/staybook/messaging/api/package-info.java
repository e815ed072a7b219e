/** What the messaging module publishes: conversation ids and the MessageSent event. */
package dev.staybook.messaging.api;
