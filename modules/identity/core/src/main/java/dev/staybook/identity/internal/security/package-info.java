/** Password hashing, token signing keys and issuing, sign-in throttling. */
package dev.staybook.identity.internal.security;
