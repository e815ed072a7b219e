/** System tests of what every endpoint shares: problem responses, OpenAPI, health. */
package dev.staybook.it.platform;
