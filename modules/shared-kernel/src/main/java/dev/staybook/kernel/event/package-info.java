/** The shape of facts modules announce to each other, so that consumers can process each exactly once. */
package dev.staybook.kernel.event;
