/** System tests of the nightly maintenance run, started through Liberty's batch REST API like a scheduler does. */
package dev.staybook.it.maintenance;
