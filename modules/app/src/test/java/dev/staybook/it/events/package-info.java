/** Event delivery between modules: failure isolation, parking and retries, restarts and several instances. */
package dev.staybook.it.events;
