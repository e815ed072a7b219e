/** Build-time helper that provides a PostgreSQL database for the dev server and the system tests. */
package dev.staybook.devdb;
