/**
 * Benchmarks run by hand against a running server: a generator of realistic listings and a load driver
 * for search (GenerateListings, SearchBenchmark), and a load driver for booking (BookingBenchmark).
 */
package dev.staybook.benchmarks;
