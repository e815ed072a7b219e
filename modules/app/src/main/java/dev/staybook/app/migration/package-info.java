/** Flyway migrations of every module's schema at start-up. */
package dev.staybook.app.migration;
