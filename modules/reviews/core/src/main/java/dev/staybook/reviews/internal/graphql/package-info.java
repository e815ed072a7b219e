/** The GraphQL face of reviews: reviewing the other side of a completed stay. */
package dev.staybook.reviews.internal.graphql;
