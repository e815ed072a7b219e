/** The messaging REST resources: conversations, messages, inquiries and read markers. */
package dev.staybook.messaging.internal.web;
