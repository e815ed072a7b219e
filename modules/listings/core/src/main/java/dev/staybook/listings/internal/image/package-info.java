/** Uploaded images read without decoding them: their type from their first bytes, their size from their header, their metadata dropped. */
package dev.staybook.listings.internal.image;
