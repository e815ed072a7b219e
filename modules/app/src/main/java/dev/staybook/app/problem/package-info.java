/** The one place failures become RFC 9457 problem responses; nothing else renders errors. */
package dev.staybook.app.problem;
