/** Benchmarks: a generator of realistic listings and a load driver for the search endpoint. */
package dev.staybook.benchmarks;
