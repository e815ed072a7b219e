/** A cache with TTLs and versioned namespaces and sliding-window rate counters, in Redis or in the process. */
package dev.staybook.cache;
