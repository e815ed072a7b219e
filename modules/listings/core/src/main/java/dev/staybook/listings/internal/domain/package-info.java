/** Listings and their rules: the Listing aggregate, its values, the availability calendar, stay prices, search criteria. */
package dev.staybook.listings.internal.domain;
