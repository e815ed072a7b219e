/** Facts identity announces as CDI events after they are committed: ids and values only. */
package dev.staybook.identity.api.event;
