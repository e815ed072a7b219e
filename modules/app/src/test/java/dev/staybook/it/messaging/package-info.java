/** System tests of messaging: inquiries, booking conversations, unread counts, read markers, who may see what. */
package dev.staybook.it.messaging;
