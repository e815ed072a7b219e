/** Work spread over the server's managed threads. */
package dev.staybook.kernel.concurrent;
