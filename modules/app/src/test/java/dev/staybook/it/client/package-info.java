/** The API through the Java client generated from the committed OpenAPI contract, as a client developer would use it. */
package dev.staybook.it.client;
