/** Mails to send: their content, the retry policy, and the bookings mails are about. */
package dev.staybook.notifications.internal.domain;
