/** Shared helpers for the HTTP system tests: the server address, test users, forged tokens. */
package dev.staybook.it.support;
