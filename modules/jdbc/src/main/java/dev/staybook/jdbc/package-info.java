/** JDBC for the modules' persistence layers: constraint violations, chunked purge statements. */
package dev.staybook.jdbc;
