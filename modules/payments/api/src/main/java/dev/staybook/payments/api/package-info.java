/** What the payments module publishes: the outcomes of payments that other modules react to. */
package dev.staybook.payments.api;
