/** What the listings module publishes: listing ids, bookable terms, nightly rates, availability. */
package dev.staybook.listings.api;
