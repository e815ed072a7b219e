/** The GraphQL face of bookings: my trips and my guests' bookings, with their listing and payment; book and cancel. */
package dev.staybook.bookings.internal.graphql;
