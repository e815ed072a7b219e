/** The identity module deployed alone: accounts, Argon2id passwords, sign-in and signed access tokens. */
package dev.staybook.moduletest.identity;
