/** JPA repositories over the notifications schema. */
package dev.staybook.notifications.internal.persistence;
