/** The WAR: wires the modules into one JAX-RS application on Open Liberty. */
package dev.staybook.app;
