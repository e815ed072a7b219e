/** The OpenAPI document: what annotations cannot say. */
package dev.staybook.app.openapi;
