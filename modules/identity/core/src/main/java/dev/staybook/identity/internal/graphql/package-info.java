/** The signed-in user's own profile over GraphQL, with the rules of the REST API. */
package dev.staybook.identity.internal.graphql;
