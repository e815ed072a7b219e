/** Benchmarks run by hand against a running server: a load driver for booking (BookingBenchmark). */
package dev.staybook.benchmarks;
