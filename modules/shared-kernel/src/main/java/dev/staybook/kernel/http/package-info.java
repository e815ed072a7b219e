/** What the web layers of the modules and the application's HTTP filters agree on about HTTP itself. */
package dev.staybook.kernel.http;
