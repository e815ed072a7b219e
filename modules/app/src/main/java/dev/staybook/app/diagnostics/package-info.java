/** Diagnostics for tests and benchmarks: counting the SQL statements a request causes. */
package dev.staybook.app.diagnostics;
