/** Facts listings announces as CDI events after they are committed: ids and values only. */
package dev.staybook.listings.api.event;
