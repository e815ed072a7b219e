/** System tests of the identity API over HTTP against a running Liberty and PostgreSQL. */
package dev.staybook.it.identity;
