/** Reactions to other modules' events: each fact that concerns someone becomes a mail in the outbox. */
package dev.staybook.notifications.internal.integration;
