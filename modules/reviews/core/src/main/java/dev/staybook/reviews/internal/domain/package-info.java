/** Reviewable stays and their reviews: the double-blind rules, the review window, host responses. */
package dev.staybook.reviews.internal.domain;
