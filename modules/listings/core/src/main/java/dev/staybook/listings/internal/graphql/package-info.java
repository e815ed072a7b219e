/** The GraphQL face of listings: search, listing details with calendar and host, creating listings. */
package dev.staybook.listings.internal.graphql;
