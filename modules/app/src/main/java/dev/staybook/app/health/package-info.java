/** MicroProfile Health checks: liveness of the process, readiness of the database. */
package dev.staybook.app.health;
