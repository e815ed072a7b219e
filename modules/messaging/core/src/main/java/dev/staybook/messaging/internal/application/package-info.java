/** Thin transactional services: start conversations, send messages, move read markers, read lists. */
package dev.staybook.messaging.internal.application;
