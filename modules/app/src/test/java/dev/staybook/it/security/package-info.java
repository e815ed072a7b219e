/** Attacks over HTTP, REST and GraphQL, each answered safely: the OWASP API Security Top 10 (README, Security). */
package dev.staybook.it.security;
