/** Conversations between a guest and a host, their messages and read markers. */
package dev.staybook.messaging.internal.domain;
