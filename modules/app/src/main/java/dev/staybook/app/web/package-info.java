/** The platform's own endpoints, which belong to no business module: administration of event deliveries. */
package dev.staybook.app.web;
