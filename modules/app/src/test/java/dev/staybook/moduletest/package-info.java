/**
 * Module tests: each class deploys one module (its core, its api, the kernel, the outbox library, test doubles
 * for what other modules publish) into the running test server with Arquillian and runs inside it.
 */
package dev.staybook.moduletest;
