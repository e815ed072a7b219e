/** What a module contributes to the nightly maintenance run: its own clean-up and statistics, over its own tables. */
package dev.staybook.kernel.maintenance;
