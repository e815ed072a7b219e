/** Thin transactional services: write and answer reviews, close review windows, keep the rating aggregates. */
package dev.staybook.reviews.internal.application;
