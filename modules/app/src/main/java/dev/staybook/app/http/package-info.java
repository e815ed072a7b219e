/** What every HTTP request and answer goes through: the body limit and the security headers. */
package dev.staybook.app.http;
