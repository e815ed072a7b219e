/** How a module declares its development-only defaults, which production mode refuses. */
package dev.staybook.kernel.deployment;
