/** Work that repeats on the server's scheduler, in batches. */
package dev.staybook.kernel.schedule;
