/** Production mode: the server refuses to start with development-only settings unless each is allowed. */
package dev.staybook.app.deployment;
