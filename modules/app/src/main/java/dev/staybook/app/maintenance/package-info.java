/**
 * The nightly maintenance run: Jakarta Batch artifacts that run every module's published
 * {@link dev.staybook.kernel.maintenance.MaintenanceTask}. They live in the app because only the app
 * sees every module; the tasks themselves live in the modules and touch only their own tables.
 */
package dev.staybook.app.maintenance;
