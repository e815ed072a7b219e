/** Conversations over GraphQL, with the rules of the REST API. */
package dev.staybook.messaging.internal.graphql;
