/** Accounts and their credentials: the User aggregate, refresh tokens, password rules. */
package dev.staybook.identity.internal.domain;
