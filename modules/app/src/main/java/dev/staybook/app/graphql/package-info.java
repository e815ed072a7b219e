/** What the app adds to Liberty's MicroProfile GraphQL endpoint, which the modules' GraphQL packages fill. */
package dev.staybook.app.graphql;
