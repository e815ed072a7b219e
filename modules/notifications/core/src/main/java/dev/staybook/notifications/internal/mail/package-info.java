/** The ways out for mails: Jakarta Mail over the server's mail session, or the log. */
package dev.staybook.notifications.internal.mail;
