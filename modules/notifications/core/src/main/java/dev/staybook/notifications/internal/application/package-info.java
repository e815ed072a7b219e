/** Queueing mails in the caller's transaction, and the workers that send them with retries. */
package dev.staybook.notifications.internal.application;
