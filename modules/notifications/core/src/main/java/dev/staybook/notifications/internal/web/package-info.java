/** The notifications REST resources: the administrators' view of the mail outbox. */
package dev.staybook.notifications.internal.web;
