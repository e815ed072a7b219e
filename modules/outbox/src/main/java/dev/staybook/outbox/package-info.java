/** The transactional outbox and inbox: events leave with the change that caused them and are handled once. */
package dev.staybook.outbox;
