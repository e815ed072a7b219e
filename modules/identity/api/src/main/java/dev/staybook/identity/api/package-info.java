/** What the identity module publishes: user ids, roles, public user facts and the current caller. */
package dev.staybook.identity.api;
